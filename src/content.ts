/**
 * The plan for Astro pages, queried once: the collection entries (to render) and the plan model
 * (src/lib/plan/model.ts: structure, anchors, passages), built by the same builder the build's checks
 * and the search index use, from the same files. Pages and components import these instead of
 * querying or parsing again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildPlanModel } from './lib/plan/build-plan-model.ts';
import { type ChapterModel, type PlanModel } from './lib/plan/model.ts';
import { ContentError } from './lib/plan/problems.ts';
import { indicatorTableData } from './lib/indicators/table-data.ts';
import { indicators, indicatorTables } from './data/indicators.ts';

export type PlanEntry = CollectionEntry<'plan'>;

/** A chapter as pages use it: its model and the entry that renders its text. */
export interface Chapter extends ChapterModel {
  entry: PlanEntry;
}

// The files as Vite bundles them (a change in `astro dev` reloads this module).
const files = Object.entries(import.meta.glob<string>('/content/plan/*.mdx', { query: '?raw', import: 'default', eager: true })).map(([path, text]) => ({
  file: path.slice(1),
  text,
}));
const built = buildPlanModel(files, indicatorTableData(indicatorTables, indicators));
if (built.problems.length || !built.model) throw new ContentError('The plan content has problems', built.problems);

/** The model of the whole plan. */
export const plan: PlanModel = built.model;

const entries = await getCollection('plan');
const entryOf = (n: number): PlanEntry => {
  const entry = entries.find((e) => e.data.chapter === n);
  if (!entry) throw new Error(`content/plan has no entry for chapter ${n}`);
  return entry;
};

export const preamble: PlanEntry = entryOf(0);

export const chapters: Chapter[] = plan.chapters.map((c) => ({ ...c, entry: entryOf(c.n) }));

export const chapterByNumber = (n: number): Chapter | undefined => chapters.find((c) => c.n === n);
