/**
 * Search in Node against each built site, through the client code the browser runs
 * (src/scripts/search/search-plan.ts), with both engines: Pagefind's own loader fetching the build's
 * files over HTTP, and the passage file the browser falls back to. Each gives exactly the passages
 * that contain every term, for thousands of generated queries; Pagefind fetches only the parts a
 * query needs; and everything a first query can fetch fits a byte budget, either way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindEngine, passagesEngine, searchPlan, type Engine } from '../../src/scripts/search/search-plan.ts';
import { charToken, ENTRY, fetchableFiles, type PagefindEntry, type PagefindInstance } from '../../src/lib/search/pagefind-adapter.ts';
import { PASSAGES_FILE, TRADITIONAL_FILE } from '../../src/lib/search/payload.ts';
import { assertBuilt } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { relevantKeys, sampleQueries, truthPassages, type TruthPassage } from '../support/search-truth.ts';
import { serveSite, type SiteServer } from '../support/server.ts';

/** Most bytes a first query may fetch, whatever the query. */
const BUDGET_KB = 100;

/** Generated queries per build: substrings of passages, multi-term queries, strings found nowhere. */
const SUBSTRINGS = 2_000;
const MULTI_TERM = 400;
const ABSENT = 250;
const MAX_TERM_CHARS = 12;
/** Absent from the plan as a whole word (以工代赈's characters all occur, 医保 and 元宇宙 do not). */
const FIXED_ABSENT = ['医保', '元宇宙', '以工代赈'];

interface PagefindModule {
  createInstance(options: { basePath: string; noWorker: boolean }): PagefindInstance;
}

/** A small seeded PRNG (mulberry32): the same queries on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface QuerySet {
  samples: string[];
  substrings: string[];
  multiTerm: string[];
  absent: string[];
}

/** The generated queries for a build's passages; code points, not UTF-16 units, are cut. */
function generateQueries(passages: readonly TruthPassage[], seed: number): QuerySet {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const texts = passages.map((p) => [...p.text]).filter((chars) => chars.length > 0);
  const substring = (): string[] => {
    const chars = pick(texts);
    const length = Math.min(chars.length, 1 + Math.floor(random() * MAX_TERM_CHARS));
    const start = Math.floor(random() * (chars.length - length + 1));
    return chars.slice(start, start + length);
  };
  const fill = (count: number, make: () => string): string[] => {
    const out = new Set<string>();
    while (out.size < count) out.add(make());
    return [...out];
  };
  const planChars = new Set(texts.flat());
  // Common Chinese characters the plan never uses, to swap into real substrings.
  const foreign: string[] = [];
  for (let cp = 0x4e00; cp <= 0x9fa5; cp += 1) {
    const c = String.fromCodePoint(cp);
    if (!planChars.has(c)) foreign.push(c);
  }
  return {
    samples: [...new Set(sampleQueries().map(({ q }) => q))],
    substrings: fill(SUBSTRINGS, () => substring().join('')),
    multiTerm: fill(MULTI_TERM, () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => substring().join('')).join(' ')),
    absent: [
      ...FIXED_ABSENT,
      ...fill(ABSENT, () => {
        const chars = substring();
        chars[Math.floor(random() * chars.length)] = pick(foreign);
        return chars.join('');
      }),
    ],
  };
}

/** Runs `run` with globalThis.fetch wrapped, returning what it fetched as URLs. */
async function recordFetches<T>(run: () => Promise<T>): Promise<{ value: T; urls: string[] }> {
  const original = globalThis.fetch;
  const urls: string[] = [];
  globalThis.fetch = (input, init) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return original(input, init);
  };
  try {
    return { value: await run(), urls };
  } finally {
    globalThis.fetch = original;
  }
}

/** The bytes a static host sends for a file of the build: its .gz copy when there is one (Pagefind's own files are gzip already). */
const sent = (file: string): number => statSync(existsSync(`${file}.gz`) ? `${file}.gz` : file).size;

/** Every file under pagefind/ that a query can fetch, with the bytes a static host sends for it. */
function fetchableBundle(bundle: string): Map<string, number> {
  const entry = JSON.parse(readFileSync(join(bundle, ENTRY), 'utf8')) as PagefindEntry;
  const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
  return new Map(fetchableFiles(files, entry).map((f) => [f, sent(join(bundle, f))]));
}

describe.each(BUILDS)('search run by the client against the build under $base', ({ dir, base }) => {
  assertBuilt(dir);
  const bundle = join(dir, 'pagefind');
  const passages = truthPassages(dir);
  const queries = generateQueries(passages, 0x5c14);
  let server: SiteServer;
  let loader: PagefindModule;
  let shared: PagefindInstance;
  const fresh: PagefindInstance[] = [];

  const newInstance = (): PagefindInstance => {
    const instance = loader.createInstance({ basePath: `${server.url}pagefind/`, noWorker: true });
    fresh.push(instance);
    return instance;
  };
  /** A fetched URL as a path under pagefind/, without its query string. */
  const bundlePath = (url: string): string => {
    const { origin, pathname } = new URL(url);
    const prefix = `${base}pagefind/`;
    return origin === server.origin && pathname.startsWith(prefix) ? pathname.slice(prefix.length) : url;
  };
  const keysOf = async (q: string, instance: PagefindInstance | Engine) =>
    (await searchPlan(q, 'kind' in instance ? instance : pagefindEngine(instance))).hits.map((hit) => `${hit.page}#${hit.anchor}`).sort();
  const wrongFor = async (engine: Engine) => {
    const wrong: string[] = [];
    for (const q of [...queries.samples, ...queries.substrings, ...queries.multiTerm, ...queries.absent]) {
      const want = relevantKeys(passages, q);
      const got = await keysOf(q, engine);
      if (got.join(' ') !== want.join(' ')) wrong.push(`${q}: expected ${want.length}, got ${got.length}`);
    }
    return wrong;
  };

  beforeAll(async () => {
    server = await serveSite(dir, base);
    loader = (await import(pathToFileURL(join(bundle, 'pagefind.js')).href)) as PagefindModule;
    shared = newInstance();
  });
  // Longer than the default 10 s, which this hook exceeded twice on a loaded machine (HookTimeoutError).
  afterAll(async () => {
    await Promise.all(fresh.map((instance) => instance.destroy?.()));
    await server?.close();
  }, 60_000);

  it('returns exactly the passages that contain every term, with Pagefind', { timeout: 120_000 }, async () => {
    expect(queries.substrings.length).toBeGreaterThanOrEqual(1_000);
    expect(await wrongFor(pagefindEngine(shared))).toEqual([]);
    // The absent queries really occur nowhere, so they test that nothing is returned.
    expect(queries.absent.filter((q) => relevantKeys(passages, q).length > 0)).toEqual([]);
  });

  it('returns exactly the same passages from the passage file, the way without WebAssembly', { timeout: 120_000 }, async () => {
    const engine = passagesEngine(server.url);
    const { urls } = await recordFetches(() => keysOf('就业', engine));
    expect(urls.filter((u) => u.endsWith(PASSAGES_FILE))).toEqual([`${server.url}${PASSAGES_FILE}`]);
    expect(await wrongFor(engine)).toEqual([]);
  });

  it('gives suggestions, from either engine, every passage that holds any of the characters asked for', async () => {
    const keysHoldingAny = (records: { page: string; passages: { anchor: string; text: string }[] }[], chars: string) =>
      records.flatMap((r) => r.passages.filter((p) => [...chars].some((c) => p.text.includes(c))).map((p) => `${r.page}#${p.anchor}`)).sort();
    for (const chars of ['彝凉', '延迟退休', '宇彝', '社保卡会障险', '医元']) {
      const want = passages
        .filter((p) => [...chars].some((c) => p.text.includes(c)))
        .map((p) => p.key)
        .sort();
      for (const engine of [pagefindEngine(shared), passagesEngine(server.url)]) {
        expect(keysHoldingAny(await engine.records([...chars], 'any'), chars), `${engine.kind} ${chars}`).toEqual(want);
      }
    }
  });

  it('fetches nothing for a query with a character the plan does not have, beyond the index', async () => {
    const instance = newInstance();
    // Warm: the entry, metadata, WebAssembly and index are loaded; no fragment is (nothing asks for one).
    await instance.search(charToken('的'));
    const { value: keys, urls } = await recordFetches(() => keysOf('元宇宙', instance));
    expect(keys).toEqual([]);
    expect(urls.map(bundlePath).filter((path) => !path.startsWith('index/'))).toEqual([]);
  });

  it('fetches only the parts that hold every character', async () => {
    const { value: keys, urls } = await recordFetches(() => keysOf('彝', newInstance()));
    expect(keys).toEqual(relevantKeys(passages, '彝'));
    expect(keys.length).toBeGreaterThan(0);
    expect(urls.map(bundlePath).filter((path) => path.startsWith('fragment/'))).toHaveLength(1);
  });

  it(`can fetch at most ${BUDGET_KB} KB for any first query, with Pagefind or without`, async () => {
    // A query that finds nothing may also fetch the traditional characters; suggestions use the parts already counted.
    const traditional = sent(join(dir, TRADITIONAL_FILE));
    const sizes = fetchableBundle(bundle);
    const total = [...sizes.values()].reduce((sum, n) => sum + n, 0) + traditional;
    const table = [...sizes].map(([name, bytes]) => `${name}: ${bytes} B`).join('\n');
    expect(total, `${total} B in all:\n${table}\n${TRADITIONAL_FILE}: ${traditional} B`).toBeLessThan(BUDGET_KB * 1024);
    const fallback = sent(join(dir, PASSAGES_FILE)) + traditional;
    expect(fallback, `${PASSAGES_FILE} and ${TRADITIONAL_FILE}: ${fallback} B`).toBeLessThan(BUDGET_KB * 1024);

    // The broadest query fetches nothing outside that list (pagefind.js itself is imported here, not fetched).
    const { value: keys, urls } = await recordFetches(() => keysOf('的', newInstance()));
    expect(keys).toEqual(relevantKeys(passages, '的'));
    const fetched = urls.map(bundlePath);
    expect(fetched.filter((path) => path.startsWith('fragment/')).length).toBeGreaterThan(0);
    expect(fetched.filter((path) => !sizes.has(path))).toEqual([]);
  });
});
