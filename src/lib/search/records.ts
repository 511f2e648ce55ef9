/**
 * The search records of the plan, from the plan model (src/lib/plan/model.ts). A record is a run of
 * passages of one chapter introduction, section, 专栏 or the preamble, in document order; each passage
 * (heading, paragraph, table row) carries the anchor a result links to and its text without
 * whitespace. test/site/search-index.test.ts checks them against what the built pages show.
 */
import type { Passage as PlanPassage, PlanModel } from '../plan/model.ts';
import { planColumns } from '../plan/model.ts';

/** What the search page filters on: plan text, 专栏 text, or the indicator tables. */
export type PassageKind = 'text' | 'column' | 'indicator';

export interface Passage {
  /** Element id on the page; '' for the plan title on the home page (the link goes to the page top). */
  anchor: string;
  kind: PassageKind;
  /** The plan text, whitespace removed, without UI controls. */
  text: string;
  /** The plan's title, a chapter, section, 专栏 or item heading (results rank their matches higher); absent otherwise. */
  heading?: true;
}

export interface SearchRecord {
  /** Page path relative to the base: '' (home) or chapters/3/. */
  page: string;
  /** 0 for the title and preamble, 1 to 10 for the chapters. */
  chapter: number;
  /** Where the passages sit, outermost first: chapter, section, 专栏. */
  path: string[];
  passages: Passage[];
}

const squash = (s: string) => s.replace(/\s+/gu, '');
const label = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Kinds of passage that open a record of their own. */
const GROUP_HEADS = new Set(['title', 'chapter', 'section', 'column']);
const HEADINGS = new Set(['title', 'chapter', 'section', 'column', 'item']);

/** Every record of the plan, in document order. */
export function searchRecords(plan: PlanModel): SearchRecord[] {
  const tables = new Set(planColumns(plan).filter((c) => c.table).map((c) => c.anchor));
  const records: SearchRecord[] = [];
  let current: SearchRecord | undefined;
  let currentGroup: string | undefined;
  for (const p of plan.passages) {
    const steps = p.path.filter((s) => s.kind !== 'item');
    const head = GROUP_HEADS.has(p.kind);
    const group = head ? `${p.kind}:${p.anchor}` : `${steps.at(-1)!.kind}:${steps.at(-1)!.anchor}`;
    if (!current || group !== currentGroup) {
      current = { page: p.page, chapter: p.chapter, path: [...steps.map((s) => label(s.label)), ...(head ? [label(p.text)] : [])], passages: [] };
      currentGroup = group;
      records.push(current);
    }
    const passage: Passage = { anchor: p.anchor, kind: kindOf(p, tables), text: squash(p.text) };
    current.passages.push(HEADINGS.has(p.kind) ? { ...passage, heading: true } : passage);
  }
  return records;
}

function kindOf(p: PlanPassage, tables: ReadonlySet<string>): PassageKind {
  const column = p.kind === 'column' ? p.anchor : p.path.find((s) => s.kind === 'column')?.anchor;
  if (!column) return 'text';
  return tables.has(column) ? 'indicator' : 'column';
}
