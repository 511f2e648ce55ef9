/**
 * The model of the plan's structure: chapters, sections (节), 专栏, 专栏 items, paragraphs and the rows
 * of the two indicator tables, each with its anchor (src/lib/anchors.ts), kind, label, place in the
 * plan and text. It is computed once per process from the MDX syntax tree and the indicator data
 * (build-plan-model.ts) and read by every consumer: navigation, contents, breadcrumbs, the 专栏 index,
 * search records, citations, the checks the build runs, the anchors of the data modules. Plain data
 * (JSON.stringify round-trips it), so later exports (Markdown, JSON, .docx) need nothing else.
 */
import type { AnchorKind } from '../anchors.ts';

/** Where a passage comes from: a line of an MDX file, or a record of a data module. */
export type SourceRef = { file: string; line: number } | { file: string; record: string };

/** One step of a passage's place in the plan: the chapter, section or 专栏 it stands in. */
export interface PathStep {
  kind: 'title' | 'chapter' | 'section' | 'column' | 'item';
  /** '' for the plan's title. */
  anchor: string;
  /** The heading as readers see it: 第三章 健全多层次社会保障体系, 第二节 完善社会保障制度体系, 专栏 5 社会保险制度建设. */
  label: string;
}

/** A repaired spot inside a passage's text (a <Fix> in the MDX, or a repaired table cell). */
export interface FixSpan {
  /** The erratum's id in src/data/errata.ts. */
  id: string;
  /** Character offsets in the passage's text. */
  start: number;
  end: number;
}

/** The plan's title on the home page, or an anchor's kind. */
export type PassageKind = 'title' | AnchorKind;

/**
 * A unit of plan text as readers see it: a heading, a paragraph or a table row. Together, in order,
 * the passages are exactly the plan text of the site (the fidelity check compares them with the
 * official text).
 */
export interface Passage {
  /** Element id on the page; '' for the plan's title on the home page (the link goes to the top). */
  anchor: string;
  kind: PassageKind;
  /** The text with whitespace as in the source; table cells joined by one space. */
  text: string;
  /** Page path relative to the site base: '' (home: title and preamble) or chapters/3/. */
  page: string;
  /** 0 for the title and preamble, 1 to 10 for the chapters. */
  chapter: number;
  /** The chapter, section and 专栏 the passage stands in, outermost first; headings are not in their own path. */
  path: PathStep[];
  source: SourceRef;
  /** Repaired spots, when there are any. */
  fixes?: FixSpan[];
  /** Table rows: the cells as printed. */
  cells?: string[];
}

export interface ItemModel {
  /** As printed (01 -> 1). */
  n: number;
  anchor: string;
  title: string;
  line: number;
}

/** The indicator table of 专栏1 or 专栏2, as the chapter page shows it. */
export interface TableModel {
  header: { anchor: string; cells: string[] };
  groups: {
    anchor: string;
    label: string;
    /** `unit`: the indicator's unit (万人, %), null for a ratio such as 13:39:48. */
    rows: { anchor: string; n: number; indicator: string; cells: string[]; unit: string | null }[];
  }[];
  note: { anchor: string; text: string };
}

export interface ColumnModel {
  /** As printed, 1 to 20, unique in the plan. */
  n: number;
  anchor: string;
  title: string;
  /** The chapter the 专栏 stands in. */
  chapter: number;
  /** The section it stands in; 0 before the chapter's first section. */
  section: number;
  items: ItemModel[];
  /** The indicator table it holds (专栏1 and 专栏2). */
  table?: TableModel;
  file: string;
  line: number;
}

export interface SectionModel {
  n: number;
  anchor: string;
  /** 第二节, as printed. */
  label: string;
  title: string;
  line: number;
}

export interface ChapterModel {
  /** 1 to 10. */
  n: number;
  anchor: string;
  /** 第三章 */
  label: string;
  title: string;
  /** For tight places (phone navigation, breadcrumbs); the title when the frontmatter gives none. */
  shortTitle: string;
  description: string;
  /** Page path relative to the base: chapters/3/ */
  page: string;
  /** The MDX file, relative to the project root. */
  file: string;
  sections: SectionModel[];
  /** Every 专栏 of the chapter, in order. */
  columns: ColumnModel[];
}

export interface PlanModel {
  /** The plan's full title and the preamble's description (content/plan/00-preamble.mdx). */
  title: string;
  description: string;
  /** The preamble's MDX file. */
  preambleFile: string;
  chapters: ChapterModel[];
  /** Every passage in reading order: title, preamble, then each chapter. */
  passages: Passage[];
}

/** Every 专栏 of the plan, in order. */
export const planColumns = (plan: PlanModel): ColumnModel[] => plan.chapters.flatMap((c) => c.columns);

/** The 专栏 that stand in a section (0: before the first section). */
export const sectionColumns = (chapter: ChapterModel, section: number): ColumnModel[] => chapter.columns.filter((c) => c.section === section);

/** The row of an indicator in its table on the chapter page: its link relative to the base (chapters/1/#column-2-r9). */
export function indicatorRowPath(plan: PlanModel, indicator: string): string {
  for (const column of planColumns(plan)) {
    const row = column.table?.groups.flatMap((g) => g.rows).find((r) => r.indicator === indicator);
    if (row) return `${plan.chapters.find((c) => c.n === column.chapter)!.page}#${row.anchor}`;
  }
  throw new Error(`indicatorRowPath: no table row shows indicator "${indicator}"`);
}

/** The passage with this anchor, if the plan has it. */
export function findPassage(plan: PlanModel, anchor: string): Passage | undefined {
  return passageIndex(plan).get(anchor);
}

const indexes = new WeakMap<PlanModel, Map<string, Passage>>();
function passageIndex(plan: PlanModel): Map<string, Passage> {
  let index = indexes.get(plan);
  if (!index) {
    index = new Map(plan.passages.filter((p) => p.anchor !== '').map((p) => [p.anchor, p]));
    indexes.set(plan, index);
  }
  return index;
}
