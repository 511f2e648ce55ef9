/** Turning verified passages into ranked, grouped results with excerpts. Pure, used in the browser. */
import { comparable, termRanges } from './comparable.ts';
import type { IndicatorRow, Passage, PassageKind, SearchRecord } from './records.ts';

export interface Hit {
  page: string;
  chapter: number;
  path: string[];
  anchor: string;
  kind: PassageKind;
  text: string;
  /** Document order: record ordinal * 1000 + passage index. */
  order: number;
  /** Occurrences of the terms; headings count double. */
  score: number;
  /** An indicator table row, to show as labelled values. */
  row?: IndicatorRow;
}

export interface PageGroup {
  page: string;
  chapter: number;
  /** The page's title: the first element of its passages' paths. */
  title: string;
  hits: Hit[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** An excerpt of about `length` characters around the first match, with every whole term marked. */
export function excerpt(text: string, terms: readonly string[], length = 90): ExcerptPart[] {
  // comparable() only removes whitespace and folds case; passage texts carry no whitespace, so indices agree.
  const ranges = termRanges(comparable(text), terms);
  const first = ranges[0]?.[0] ?? 0;
  let start = text.length <= length ? 0 : Math.max(0, Math.min(first - 20, text.length - length));
  let end = Math.min(text.length, start + length);
  // Never cut a marked term in two.
  for (const [s, e] of ranges) {
    if (s < start && e > start) start = s;
    if (s < end && e > end) end = e;
  }
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean) => t && parts.push({ text: t, mark });
  if (start > 0) push('…', false);
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    push(text.slice(at, s), false);
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push('…', false);
  return parts;
}

/** Headings (the plan's title, chapters, sections, 专栏 and their items; not table rows), as the plan model marks them. */
const isHeading = (p: Passage) => p.heading === true;

/** The passages of the records that contain every term, as hits. */
export function verify(records: readonly (SearchRecord & { o: number })[], terms: readonly string[]): Hit[] {
  const wanted = terms.map(comparable);
  const hits: Hit[] = [];
  for (const record of records) {
    record.passages.forEach((p, i) => {
      const hay = comparable(p.text);
      if (!wanted.every((t) => hay.includes(t))) return;
      const occurrences = termRanges(hay, terms).length;
      hits.push({
        page: record.page,
        chapter: record.chapter,
        path: record.path,
        anchor: p.anchor,
        kind: p.kind,
        text: p.text,
        order: record.o * 1000 + i,
        score: occurrences * (isHeading(p) ? 2 : 1),
        ...(p.row ? { row: p.row } : {}),
      });
    });
  }
  return hits;
}

const byRelevance = (a: { score: number; order: number }, b: { score: number; order: number }) => b.score - a.score || a.order - b.order;

/** Hits grouped by page; pages and hits by relevance, ties in document order. */
export function groupByPage(hits: readonly Hit[]): PageGroup[] {
  const groups = new Map<string, PageGroup & { score: number; order: number }>();
  for (const hit of [...hits].sort(byRelevance)) {
    let g = groups.get(hit.page);
    if (!g) {
      g = { page: hit.page, chapter: hit.chapter, title: hit.path[0] ?? '', hits: [], score: 0, order: hit.order };
      groups.set(hit.page, g);
    }
    g.hits.push(hit);
    g.score += hit.score;
    g.order = Math.min(g.order, hit.order);
  }
  return [...groups.values()].sort(byRelevance).map(({ page, chapter, title, hits: h }) => ({ page, chapter, title, hits: h }));
}
