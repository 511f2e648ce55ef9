/**
 * How the search records (src/lib/search/records.ts) travel to the browser, shared by the build and
 * the browser, so it imports no HTML parsing. The same PagePayload[] is stored in the Pagefind
 * fragment of each part (field `plan`, see src/lib/search/pagefind-adapter.ts) and, for all pages at
 * once, in PASSAGES_FILE, which the browser fetches when Pagefind cannot run.
 */
import type { PassageKind, SearchRecord } from './records.ts';

/** Every passage of the plan, for search without Pagefind: PagePayload[] as JSON, relative to the site base. */
export const PASSAGES_FILE = 'search/passages.json';

/** Traditional-simplified character pairs as one JSON string (src/pages/search/traditional.json.ts), relative to the site base. */
export const TRADITIONAL_FILE = 'search/traditional.json';

/** A record with its place in the plan, as the browser uses it. */
export type OrderedRecord = SearchRecord & { o: number };

/**
 * A passage as a row, which gzip packs smaller than an object with named fields: [anchor, kind,
 * text], headings with a fourth element 1; an indicator row as [anchor, kind, cells, 0, labels,
 * unit, page?] (its text is its cells joined, so the values are not stored twice).
 */
export type PayloadRow =
  | [anchor: string, kind: PassageKind, text: string]
  | [anchor: string, kind: PassageKind, text: string, heading: 1]
  | [anchor: string, kind: PassageKind, cells: string[], heading: 0, labels: string[], unit: string, page?: string];

export interface PagePayload {
  page: string;
  chapter: number;
  records: { o: number; path: string[]; passages: PayloadRow[] }[];
}

export const toPayload = (page: string, chapter: number, records: readonly OrderedRecord[]): PagePayload => ({
  page,
  chapter,
  records: records.map((r) => ({
    o: r.o,
    path: r.path,
    passages: r.passages.map((p): PayloadRow => {
      if (p.row) {
        const cells = [p.row.label, ...p.row.values.map(([, v]) => v)];
        const labels = p.row.values.map(([l]) => l);
        return p.row.page ? [p.anchor, p.kind, cells, 0, labels, p.row.unit, p.row.page] : [p.anchor, p.kind, cells, 0, labels, p.row.unit];
      }
      return p.heading ? [p.anchor, p.kind, p.text, 1] : [p.anchor, p.kind, p.text];
    }),
  })),
});

export const fromPayload = (payload: PagePayload): OrderedRecord[] =>
  payload.records.map((r) => ({
    page: payload.page,
    chapter: payload.chapter,
    o: r.o,
    path: r.path,
    passages: r.passages.map((row) => {
      const [anchor, kind, text, heading] = row;
      if (typeof text !== 'string') {
        const [, , , , labels, unit, page] = row as [string, PassageKind, string[], 0, string[], string, string?];
        const [label, ...values] = text;
        return {
          anchor,
          kind,
          text: text.join(''),
          row: { label: label!, values: values.map((v, i): [string, string] => [labels[i]!, v]), unit, ...(page ? { page } : {}) },
        };
      }
      return heading ? { anchor, kind, text, heading: true as const } : { anchor, kind, text };
    }),
  }));
