/**
 * The browser side of search: gets the records that can hold the query's passages from an engine,
 * keeps the passages that contain every term (src/lib/search/results.ts). Two engines give the same
 * records for the same query, so the same results: Pagefind, which fetches only the parts of the
 * plan that hold every character of the query (src/lib/search/pagefind-adapter.ts), and the passage
 * file (PASSAGES_FILE, the whole plan in one file, about 24 KB), used when Pagefind cannot run (no
 * WebAssembly, a policy that refuses it, a file that does not load). Loaded only when the reader
 * starts searching; a failed load is tried again on the next search, without a reload.
 */
import { comparable } from '../../lib/search/comparable.ts';
import { normaliseQuery, type NormalisedQuery } from '../../lib/search/query.ts';
import { verify, type Hit } from '../../lib/search/results.ts';
import { fromPayload, PASSAGES_FILE, type OrderedRecord, type PagePayload } from '../../lib/search/payload.ts';
import { loadPagefind, partsHolding, type PagefindInstance } from '../../lib/search/pagefind-adapter.ts';

export type EngineKind = 'pagefind' | 'passages';

export interface Engine {
  kind: EngineKind;
  /**
   * Records that include every passage holding all (`need` 'all') or any ('any') of the characters,
   * in document order; more is allowed, fewer never.
   */
  records(chars: readonly string[], need: 'all' | 'any'): Promise<OrderedRecord[]>;
}

export interface SearchOutcome extends NormalisedQuery {
  hits: Hit[];
  /** The records the hits were taken from: every record that can hold all the terms. */
  records: OrderedRecord[];
  engine?: EngineKind;
}

const ordered = (pages: PagePayload[]): OrderedRecord[] => pages.flatMap(fromPayload).sort((a, b) => a.o - b.o);

/** Pagefind as an engine: the parts that hold the characters. */
export const pagefindEngine = (pagefind: PagefindInstance): Engine => ({
  kind: 'pagefind',
  records: async (chars, need) => ordered((await partsHolding(pagefind, chars, need)).flat()),
});

/** The passage file as an engine: every record, fetched once (again after a failure). */
export function passagesEngine(base: string): Engine {
  let all: Promise<OrderedRecord[]> | undefined;
  const load = async () => {
    const response = await fetch(`${base}${PASSAGES_FILE}`);
    if (!response.ok) throw new Error(`${response.status} for ${PASSAGES_FILE}`);
    return ordered((await response.json()) as PagePayload[]);
  };
  return {
    kind: 'passages',
    records: (chars) => {
      if (chars.length === 0) return Promise.resolve([]);
      all ??= load().catch((error: unknown) => {
        all = undefined;
        throw error;
      });
      return all;
    },
  };
}

let engine: Promise<Engine> | undefined;

/**
 * The page's engine: Pagefind when it can run, else the passage file. Started once; when neither
 * could be loaded, the next call starts again.
 */
export function searchEngine(base: string): Promise<Engine> {
  engine ??= loadPagefind(base).then(pagefindEngine, () => passagesEngine(base));
  return engine;
}

/** Switches the page to the passage file, after Pagefind failed in the middle of a search. */
const fallBack = (base: string): Engine => {
  const fallback = passagesEngine(base);
  engine = Promise.resolve(fallback);
  return fallback;
};

/** Runs a query with an engine. */
export async function searchPlan(raw: string, source: Engine): Promise<SearchOutcome> {
  const query = normaliseQuery(raw);
  if (query.terms.length === 0) return { ...query, hits: [], records: [] };
  const records = await source.records(charsOfTerms(query.terms), 'all');
  return { ...query, hits: verify(records, query.terms), records, engine: source.kind };
}

/** The distinct characters of the terms, as compared. */
const charsOfTerms = (terms: readonly string[]): string[] => [...new Set(terms.flatMap((t) => [...comparable(t)]))];

/**
 * Runs a query on the page's engine; when Pagefind fails during it (a fragment that does not
 * load), runs it again on the passage file. Rejects only when the passage file cannot be had either.
 */
export async function searchSite(base: string, raw: string): Promise<SearchOutcome> {
  const current = await searchEngine(base);
  try {
    return await searchPlan(raw, current);
  } catch (error) {
    if (current.kind === 'passages') {
      engine = undefined;
      throw error;
    }
    return searchPlan(raw, fallBack(base));
  }
}

/** Records for working out suggestions (every passage holding any of the characters), from the page's engine. */
export async function recordsHoldingAny(base: string, chars: readonly string[]): Promise<OrderedRecord[]> {
  const current = await searchEngine(base);
  try {
    return await current.records(chars, 'any');
  } catch (error) {
    if (current.kind === 'passages') throw error;
    return fallBack(base).records(chars, 'any');
  }
}
