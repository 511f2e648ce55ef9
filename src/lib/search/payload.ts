/**
 * What a Pagefind fragment of the plan carries (see src/integrations/pagefind-bundle.ts), shared by
 * the build and the browser, so it imports no HTML parsing.
 */
import type { PassageKind, SearchRecord } from './records.ts';

/** A record with its place in the plan, as the browser uses it. */
export type OrderedRecord = SearchRecord & { o: number };

/**
 * One page's records as stored in the Pagefind fragment of its part (the field `plan` holds the
 * part's pages): passages as [anchor, kind, text] rows, which gzip packs smaller than objects with
 * named fields; headings carry a fourth element, 1.
 */
export type PayloadRow = [anchor: string, kind: PassageKind, text: string] | [anchor: string, kind: PassageKind, text: string, heading: 1];

export interface PagePayload {
  page: string;
  chapter: number;
  records: { o: number; path: string[]; passages: PayloadRow[] }[];
}

export const toPayload = (page: string, chapter: number, records: readonly OrderedRecord[]): PagePayload => ({
  page,
  chapter,
  records: records.map((r) => ({ o: r.o, path: r.path, passages: r.passages.map((p): PayloadRow => (p.heading ? [p.anchor, p.kind, p.text, 1] : [p.anchor, p.kind, p.text])) })),
});

export const fromPayload = (payload: PagePayload): OrderedRecord[] =>
  payload.records.map((r) => ({
    page: payload.page,
    chapter: payload.chapter,
    o: r.o,
    path: r.path,
    passages: r.passages.map(([anchor, kind, text, heading]) => (heading ? { anchor, kind, text, heading: true } : { anchor, kind, text })),
  }));
