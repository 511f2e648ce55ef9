/**
 * The search records of the plan, from the plan model (src/lib/plan/model.ts): THE passage list of
 * search. searchRecords() is the one function that says which passages the plan has for searching
 * and what each carries; the Pagefind fragments, the fallback file search/passages.json and any
 * export of "every passage" are serialisations of its result (test/site/search-index.test.ts checks
 * the built files against the built pages). A record is a run of passages of one chapter
 * introduction, section, 专栏 or the preamble, in document order; each passage (heading, paragraph,
 * table row) carries the anchor a result links to and its text without whitespace.
 */
import type { Passage as PlanPassage, PlanModel } from '../plan/model.ts';
import { planColumns } from '../plan/model.ts';
import { indicatorPath } from '../indicators/paths.ts';

/** What the search page filters on: plan text, 专栏 text, or the indicator tables. */
export type PassageKind = 'text' | 'column' | 'indicator';

/** An indicator row of 专栏1 or 专栏2, for showing it as labelled values. */
export interface IndicatorRow {
  /** The first cell as printed: 6.工伤保险参保人数（万人）. */
  label: string;
  /** The other cells under the header's labels, as printed, whitespace removed: [2015年基数, 752.08]. */
  values: [label: string, value: string][];
  /** 万人, %; '' for a ratio. */
  unit: string;
  /** The indicator's own page relative to the base (indicators/<id>/), when the build has one. */
  page?: string;
}

export interface Passage {
  /** Element id on the page; '' for the plan title on the home page (the link goes to the page top). */
  anchor: string;
  kind: PassageKind;
  /** The plan text, whitespace removed, without UI controls (a table row: its cells joined). */
  text: string;
  /** The plan's title, a chapter, section, 专栏 or item heading (results rank their matches higher); absent otherwise. */
  heading?: true;
  /** Indicator table rows only. */
  row?: IndicatorRow;
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

export interface RecordOptions {
  /** Whether the built site has this page (relative to the base); indicator rows link to their page when it does. */
  hasPage?: (path: string) => boolean;
}

/** Every record of the plan, in document order. */
export function searchRecords(plan: PlanModel, options: RecordOptions = {}): SearchRecord[] {
  const columns = planColumns(plan).filter((c) => c.table);
  const tables = new Set(columns.map((c) => c.anchor));
  const rows = new Map(
    columns.flatMap((c) => {
      const labels = c.table!.header.cells.slice(1).map(squash);
      return c.table!.groups.flatMap((g) => g.rows).map((r) => [r.anchor, { labels, unit: r.unit ?? '', indicator: r.indicator }] as const);
    }),
  );
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
    if (HEADINGS.has(p.kind)) passage.heading = true;
    const row = rows.get(p.anchor);
    if (row && p.cells) {
      const [first, ...rest] = p.cells.map(squash);
      const page = indicatorPath(row.indicator);
      passage.row = { label: first!, values: rest.map((v, i) => [row.labels[i] ?? '', v]), unit: row.unit, ...(options.hasPage?.(page) ? { page } : {}) };
    }
    current.passages.push(passage);
  }
  return records;
}

function kindOf(p: PlanPassage, tables: ReadonlySet<string>): PassageKind {
  const column = p.kind === 'column' ? p.anchor : p.path.find((s) => s.kind === 'column')?.anchor;
  if (!column) return 'text';
  return tables.has(column) ? 'indicator' : 'column';
}
