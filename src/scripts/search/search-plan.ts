/**
 * The browser side of search: asks Pagefind for the parts of the plan that hold every character of
 * the query, loads those parts' passages (their Pagefind fragments), keeps the passages that contain
 * every term. Loaded only when the reader starts searching.
 */
import { comparable, normaliseQuery, type NormalisedQuery } from '../../lib/search/query.ts';
import { tokensOf } from '../../lib/search/tokens.ts';
import { verify, type Hit } from '../../lib/search/results.ts';
import { fromPayload, type PagePayload } from '../../lib/search/payload.ts';

interface PagefindResult {
  /** The positions of the query's words that Pagefind found in the record. */
  words: number[];
  data(): Promise<{ plan: PagePayload[] }>;
}
export interface PagefindApi {
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

/**
 * Runs a query. `instance` is the page's Pagefind instance unless given (tests run the same code in
 * Node against a built site).
 */
export async function searchPlan(base: string, raw: string, instance?: Promise<PagefindApi>): Promise<SearchOutcome> {
  const query = normaliseQuery(raw);
  if (query.terms.length === 0) return { ...query, hits: [] };
  const pagefind = await (instance ?? loadPagefind(base));
  const tokens = [...new Set(query.terms.flatMap((t) => tokensOf(comparable(t))))];
  const response = await pagefind.search(tokens.join(' '));
  // Pagefind ranks every part holding any of the words. Each character has one position of its own
  // in every part (src/lib/search/tokens.ts), so a part holds them all when Pagefind found as many
  // positions as there are tokens; only those parts' passages are fetched.
  const candidates = (response?.results ?? []).filter((r) => new Set(r.words).size === tokens.length);
  const pages = await Promise.all(candidates.map(async (r) => (await r.data()).plan.flatMap(fromPayload)));
  const records = pages.flat().sort((a, b) => a.o - b.o);
  return { ...query, hits: verify(records, query.terms) };
}
