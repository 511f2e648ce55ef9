/**
 * The plan as a sequence of blocks for the downloads (Word, Markdown, plain text): the plan model's
 * passages in reading order, with each 专栏 gathered into one block (its heading, items, paragraphs and
 * indicator table) so a writer can draw it as a box or a section. Every passage of the model is in
 * exactly one block, in order: a writer that writes every block writes the whole plan text.
 */
import type { Erratum } from '../plan/errata-schema.ts';
import type { FixSpan, Passage, PlanModel } from '../plan/model.ts';

/** An indicator table (专栏1, 专栏2): header row, category rows each with their indicator rows, the note. */
export interface TableBlock {
  type: 'table';
  head: Passage;
  groups: { category: Passage; rows: Passage[] }[];
  note?: Passage;
}

/** What stands inside a 专栏. */
export type ColumnChild = { type: 'item'; passage: Passage } | { type: 'paragraph'; passage: Passage } | TableBlock;

export type PlanBlock =
  { type: 'title' | 'chapter' | 'section' | 'paragraph'; passage: Passage } | { type: 'column'; passage: Passage; children: ColumnChild[] };

const inColumn = (p: Passage, column: string) => p.path.some((s) => s.kind === 'column' && s.anchor === column);

/** The plan's passages as blocks, in reading order. */
export function planBlocks(plan: PlanModel): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  const passages = plan.passages;
  for (let i = 0; i < passages.length; i += 1) {
    const p = passages[i]!;
    if (p.kind === 'title' || p.kind === 'chapter' || p.kind === 'section' || p.kind === 'paragraph') {
      blocks.push({ type: p.kind, passage: p });
      continue;
    }
    if (p.kind !== 'column') throw new Error(`planBlocks: ${p.anchor} (${p.kind}) stands outside a 专栏`);
    const children: ColumnChild[] = [];
    let table: TableBlock | undefined;
    while (i + 1 < passages.length && inColumn(passages[i + 1]!, p.anchor)) {
      const q = passages[(i += 1)]!;
      if (q.kind === 'item' || q.kind === 'paragraph') children.push({ type: q.kind, passage: q });
      else if (q.kind === 'table-head') children.push((table = { type: 'table', head: q, groups: [] }));
      else if (q.kind === 'table-category' && table) table.groups.push({ category: q, rows: [] });
      else if (q.kind === 'table-row' && table?.groups.length) table.groups.at(-1)!.rows.push(q);
      else if (q.kind === 'table-note' && table) table.note = q;
      else throw new Error(`planBlocks: ${q.anchor} (${q.kind}) is out of place in ${p.anchor}`);
    }
    blocks.push({ type: 'column', passage: p, children });
  }
  return blocks;
}

/**
 * The repaired spots of a passage, as offsets in `text` (a table cell, or the passage's own text):
 * the spans the plan model records for paragraphs, and for table rows and notes (whose repairs the
 * model does not place) the corrected words of each erratum of that anchor, where `text` has them.
 */
export function repairedSpans(passage: Passage, errata: readonly Erratum[], text: string = passage.text): FixSpan[] {
  if (text === passage.text && passage.fixes) return passage.fixes;
  return errata
    .filter((e) => e.anchor === passage.anchor)
    .flatMap((e) => {
      const start = text.indexOf(e.corrected);
      return start < 0 ? [] : [{ id: e.id, start, end: start + e.corrected.length }];
    });
}

/** Splits text into runs, each either repaired (with its erratum ids) or not. Overlapping spans nest. */
export function splitByRepairs(text: string, spans: readonly FixSpan[]): { text: string; repairs: string[] }[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const runs: { text: string; repairs: string[] }[] = [];
  for (let k = 0; k + 1 < cuts.length; k += 1) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    const repairs = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    runs.push({ text: text.slice(from, to), repairs });
  }
  return runs.filter((r) => r.text !== '');
}
