/**
 * The plan collection, queried once. Pages and components import these lists instead of
 * calling getCollection again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { chapterOutline, type ChapterOutline, type OutlineColumn } from './lib/outline.ts';

export type PlanEntry = CollectionEntry<'plan'>;

export interface Chapter {
  entry: PlanEntry;
  n: number;
  title: string;
  shortTitle: string;
  outline: ChapterOutline;
}

const entries = (await getCollection('plan')).sort((a, b) => a.data.chapter - b.data.chapter);

const numbers = entries.map((e) => e.data.chapter);
const expected = Array.from({ length: 11 }, (_, i) => i);
if (numbers.join() !== expected.join()) {
  throw new Error(`content/plan must hold chapters 0 to 10 exactly once; found ${numbers.join(', ')}`);
}

export const preamble: PlanEntry = entries[0]!;

export const chapters: Chapter[] = entries.slice(1).map((entry) => ({
  entry,
  n: entry.data.chapter,
  title: entry.data.title,
  shortTitle: entry.data.shortTitle ?? entry.data.title,
  outline: chapterOutline(entry.data.chapter, entry.body ?? ''),
}));

/** All 20 专栏 in order. */
export const columns: OutlineColumn[] = chapters.flatMap((c) => c.outline.columns);

export const chapterByNumber = (n: number): Chapter | undefined => chapters.find((c) => c.n === n);
