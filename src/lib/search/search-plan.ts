/**
 * The browser side of search: asks Pagefind for the records that hold every character of the
 * query, loads those records' passages, keeps the passages that contain every term. Loaded only
 * when the reader starts searching.
 */
import { normaliseQuery, type NormalisedQuery } from './query.ts';
import { tokensOf } from './tokens.ts';
import { verify, type Hit } from './results.ts';
import { comparable } from './query.ts';
import type { SearchRecord } from './records.ts';

interface PagefindResult {
  data(): Promise<{ filters: Record<string, string[]> }>;
}
interface PagefindApi {
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchOutcome extends NormalisedQuery {
  hits: Hit[];
}

let api: Promise<PagefindApi> | undefined;

/** Loads Pagefind once; base is the site base ending in '/'. */
export function loadPagefind(base: string): Promise<PagefindApi> {
  api ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then((mod) =>
    // The main thread is fast enough for this index and spares the worker's 12 KB download.
    mod.createInstance({ noWorker: true }),
  );
  return api;
}

export async function searchPlan(base: string, raw: string): Promise<SearchOutcome> {
  const query = normaliseQuery(raw);
  if (query.terms.length === 0) return { ...query, hits: [] };
  const pagefind = await loadPagefind(base);
  const tokens = [...new Set(query.terms.flatMap((t) => tokensOf(comparable(t))))];
  const response = await pagefind.search(tokens.join(' '));
  const records = await Promise.all(
    (response?.results ?? []).map(async (r) => JSON.parse((await r.data()).filters.record![0]!) as SearchRecord & { o: number }),
  );
  records.sort((a, b) => a.o - b.o);
  return { ...query, hits: verify(records, query.terms) };
}
