/**
 * Pagefind, behind one door. Everything the site relies on about Pagefind beyond its documented
 * API lives here, for the build (src/integrations/pagefind-plan.ts, pagefind-bundle.ts), the browser
 * (src/scripts/search/search-plan.ts) and the tests alike: the files a bundle holds and which of
 * them a query fetches, the gzip + "pagefind_dcd" file format, the fragment JSON, how a record's
 * content is tokenised (ASCII words kept whole, punctuation dropped but counted), what
 * `result.words` says, and how the loader fails. test/unit/lib/search/pagefind-adapter.test.ts
 * checks each of these against the installed Pagefind (pinned to PAGEFIND_VERSION in package.json)
 * and names what changed when an upgrade breaks one.
 *
 * Only web-platform APIs (DecompressionStream, fetch, dynamic import): Node 24 has them too, so the
 * browser bundle takes from this module only what it uses.
 */
import type { PagePayload } from './payload.ts';

/** The Pagefind version this module was written against; package.json pins exactly this one. */
export const PAGEFIND_VERSION = '1.6.0';

// ---------------------------------------------------------------------------------------------
// Files

/** The folder Pagefind writes into, under the site's output. */
export const BUNDLE_DIR = 'pagefind';
/** The JavaScript loader the browser imports. */
export const LOADER = 'pagefind.js';
/**
 * The loader under the site base, written out (not joined from the two names above) so that it
 * stays one literal in the bundled script, where the build's CSP step looks for it to allow
 * WebAssembly on the pages that start Pagefind (src/integrations/publish.ts).
 */
export const LOADER_PATH = 'pagefind/pagefind.js';
/** Version and languages, fetched first by the loader. */
export const ENTRY = 'pagefind-entry.json';
export const INDEX_DIR = 'index';
export const FRAGMENT_DIR = 'fragment';

/** What the loader reads from pagefind-entry.json. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** The language index of the bundle (the site indexes one language, zh). */
const onlyIndex = (entry: PagefindEntry) => {
  const indexes = Object.values(entry.languages);
  if (indexes.length !== 1) throw new Error(`Pagefind entry: expected one language index, found ${indexes.length}`);
  return indexes[0]!;
};

/** The metadata file of a bundle: pagefind.<language hash>.pf_meta. */
export const metaFile = (entry: PagefindEntry): string => `pagefind.${onlyIndex(entry).hash}.pf_meta`;

/** The WebAssembly file: wasm.<stemmer language>.pagefind, "unknown" for a language without a stemmer (zh). */
export const wasmFile = (entry: PagefindEntry): string => `wasm.${onlyIndex(entry).wasm ?? 'unknown'}.pagefind`;

/**
 * Files Pagefind writes that the site's own client never loads: its UI bundles, its highlighter, and
 * the worker (the client runs Pagefind on the main thread, `noWorker`, sparing 12 KB). The build
 * deletes them.
 */
export const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
] as const;

/** Files in Pagefind's own format (gzip of SIGNATURE + data), which its loader decompresses itself. */
export const isPagefindDataFile = (name: string): boolean => /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(name);

/**
 * The files of a bundle that a query can make the browser fetch, as paths relative to the bundle
 * (`files` lists them all, with `/` separators): the loader, the entry, the metadata, the
 * WebAssembly, the index chunks and the fragments. Copies (.gz, .br) and unused files are left out.
 */
export function fetchableFiles(files: readonly string[], entry: PagefindEntry): string[] {
  const top = new Set([LOADER, ENTRY, metaFile(entry), wasmFile(entry)]);
  return files.filter((f) => top.has(f) || ((f.startsWith(`${INDEX_DIR}/`) || f.startsWith(`${FRAGMENT_DIR}/`)) && isPagefindDataFile(f)));
}

// ---------------------------------------------------------------------------------------------
// File format: gzip of "pagefind_dcd" followed by the data

const SIGNATURE = 'pagefind_dcd';
const SIGNATURE_BYTES = new TextEncoder().encode(SIGNATURE);

const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> =>
  new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream)).arrayBuffer());

/** The data in a Pagefind file; throws when the file is not one (not gzip, or no signature). */
export async function readPagefindFile(file: Uint8Array): Promise<Uint8Array> {
  const data = await through(file, new DecompressionStream('gzip'));
  if (!SIGNATURE_BYTES.every((b, i) => data[i] === b)) throw new Error(`not a Pagefind file: the "${SIGNATURE}" signature is missing`);
  return data.subarray(SIGNATURE_BYTES.length);
}

/** The bytes to gzip for a Pagefind file holding `data` (any gzip encoder will do: the loader reads any). */
export const signed = (data: Uint8Array): Uint8Array => {
  const out = new Uint8Array(SIGNATURE_BYTES.length + data.length);
  out.set(SIGNATURE_BYTES);
  out.set(data, SIGNATURE_BYTES.length);
  return out;
};

/** A Pagefind file holding `data`, gzip-compressed by the platform (the build recompresses it smaller). */
export const packPagefindFile = (data: Uint8Array): Promise<Uint8Array> => through(signed(data), new CompressionStream('gzip'));

// ---------------------------------------------------------------------------------------------
// Fragments: the JSON stored next to each record, which `result.data()` returns

/** A fragment as Pagefind writes it (url, content, meta …), with the part's passages the build adds. */
export interface Fragment {
  url: string;
  content: string;
  plan?: PagePayload[];
  [key: string]: unknown;
}

const isFragment = (value: unknown): value is Fragment =>
  typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';

/**
 * The fragments in a fragment file's JSON: one fragment, or a group of them keyed by hash (Pagefind
 * groups small fragments). Throws naming the file when it is neither.
 */
export function fragmentsIn(json: unknown, file: string): Fragment[] {
  if (isFragment(json)) return [json];
  const values = typeof json === 'object' && json !== null ? Object.values(json) : [];
  if (values.length === 0 || !values.every(isFragment)) throw new Error(`Search index: ${file} is neither a Pagefind fragment nor a group of fragments`);
  return values;
}

/** Puts a part's passages into its fragment in place of the indexed tokens, which the browser never shows. */
export function carryPassages(fragment: Fragment, part: PagePayload[]): void {
  fragment.content = '';
  fragment.plan = part;
}

// ---------------------------------------------------------------------------------------------
// Records: each part of the plan as the set of characters it holds

/**
 * Pagefind drops this from a record's content as punctuation, but counts its position: a filler
 * keeps every character of the plan at the same position in every record.
 */
export const FILLER = '|';

/** Code points below this (all common Chinese characters) get 3 base-36 digits, starting 0 to v. */
const SHORT_LIMIT = 0xa000;

/**
 * One character as a word Pagefind keeps whole (lower-case ASCII letters and digits are neither
 * split nor stemmed in a zh record): 3 base-36 digits below U+A000, else w + 4 digits (all of Unicode
 * fits). Pagefind matches a query word as a prefix; no token is a prefix of another, so that cannot
 * widen a match.
 */
export const charToken = (c: string): string => {
  const cp = c.codePointAt(0)!;
  return cp < SHORT_LIMIT ? cp.toString(36).padStart(3, '0') : `w${cp.toString(36).padStart(4, '0')}`;
};

/** The distinct characters of a text, whitespace left out. */
export const charsOf = (text: string): Set<string> => new Set([...text].filter((c) => !/\s/u.test(c)));

/** The distinct tokens of a text, sorted. */
export const tokensOf = (text: string): string[] => [...charsOf(text)].map(charToken).sort();

/** Every distinct character of the texts, in code point order: the positions of recordContent. */
export function alphabetOf(texts: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const text of texts) for (const c of charsOf(text)) all.add(c);
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/**
 * The content Pagefind indexes for a record: the alphabet's characters at their positions, those the
 * record holds as tokens, the others as fillers (none after the last token). The same position in
 * every record makes a character's index entries repeat byte for byte, which gzip packs tightly.
 */
export function recordContent(chars: ReadonlySet<string>, alphabet: readonly string[]): string {
  const known = new Set(alphabet);
  const missing = [...chars].filter((c) => !known.has(c));
  if (missing.length > 0) throw new Error(`Search index: characters outside the alphabet: ${missing.join(' ')}`);
  const words = alphabet.map((c) => (chars.has(c) ? charToken(c) : FILLER));
  while (words.at(-1) === FILLER) words.pop();
  return words.join(' ');
}

/** The options of Pagefind's addCustomRecord for one part. */
export const customRecord = (url: string, content: string) => ({ url, content, language: 'zh', meta: {}, filters: {} });

/**
 * A character every part of the plan holds (the build refuses a part without it): when a query finds
 * no part, a search for it tells an empty answer from an index that did not load (Pagefind's loader
 * swallows a failed index chunk and answers as if nothing matched).
 */
export const SENTINEL = '，';

// ---------------------------------------------------------------------------------------------
// The browser side

export interface PagefindResult {
  /** The record's id, the same in every answer. */
  id: string;
  /** The positions of the query's words that Pagefind found in the record. */
  words: number[];
  data(): Promise<{ plan: PagePayload[] }>;
}

export interface PagefindInstance {
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
  destroy?(): Promise<void>;
}

/**
 * Does the record hold every token? Pagefind answers with the records holding every query word it
 * has indexed, and leaves out of the query a word it has not (a character no part holds), so an
 * answer is not enough. Each character has one position of its own in every record, so a record
 * holds them all exactly when Pagefind found as many distinct positions as there are tokens.
 */
export const holdsEvery = (result: PagefindResult, tokens: readonly string[]): boolean => new Set(result.words).size === tokens.length;

/**
 * The parts (their fragments' passages) that hold every character (`need` 'all') or any of them
 * ('any'). Throws when Pagefind cannot answer (a file failed to load), never answers short.
 */
export async function partsHolding(pagefind: PagefindInstance, chars: readonly string[], need: 'all' | 'any'): Promise<PagePayload[][]> {
  const tokens = [...new Set(chars)].map(charToken);
  if (tokens.length === 0) return [];
  const answer = async (words: string[]) => (await pagefind.search(words.join(' ')))?.results ?? [];
  let results: PagefindResult[];
  if (need === 'all') results = (await answer(tokens)).filter((r) => holdsEvery(r, tokens));
  else {
    // Pagefind has no "any" query: one search per character, and the records they found.
    const found = new Map<string, PagefindResult>();
    for (const r of (await Promise.all(tokens.map((t) => answer([t])))).flat()) found.set(r.id, r);
    results = [...found.values()];
  }
  if (results.length === 0 && (await answer([charToken(SENTINEL)])).length === 0) {
    throw new Error('Pagefind answered nothing, not even for a character every part holds: its index did not load');
  }
  return Promise.all(results.map(async (r) => (await r.data()).plan));
}

/** The smallest valid WebAssembly module: compiling it tells whether the page may run WebAssembly at all. */
const EMPTY_MODULE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]);

const checked = async (response: Promise<Response>): Promise<Response> => {
  const r = await response;
  if (!r.ok) throw new Error(`${r.status} for ${r.url}`);
  return r;
};

let attempts = 0;

/**
 * Starts Pagefind from the bundle under `base` (the site base, ending in '/'), or rejects when it
 * cannot run. Pagefind 1.6 starts loading in its constructor and leaves that promise's failure
 * unhandled (an unhandled rejection in the page), so the loader is only constructed once what it
 * will load is known to be there: WebAssembly exists and may be compiled here (no policy refuses
 * 'wasm-unsafe-eval'), the entry answers, and the metadata and WebAssembly files answer a HEAD
 * request. A failed import is cached by the browser for its URL, so each later attempt imports the
 * loader under a new query string.
 */
export async function loadPagefind(base: string): Promise<PagefindInstance> {
  if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
  await WebAssembly.compile(EMPTY_MODULE);
  const bundle = `${base}${BUNDLE_DIR}/`;
  const attempt = attempts++;
  const files = (async () => {
    const entry = (await (await checked(fetch(`${bundle}${ENTRY}`, { cache: 'no-cache' }))).json()) as PagefindEntry;
    await Promise.all([metaFile(entry), wasmFile(entry)].map((f) => checked(fetch(`${bundle}${f}`, { method: 'HEAD' }))));
  })();
  const [loader] = await Promise.all([import(/* @vite-ignore */ `${base}${LOADER_PATH}${attempt ? `?attempt=${attempt}` : ''}`), files]);
  return (loader as { createInstance(options: object): PagefindInstance }).createInstance({ basePath: bundle, noWorker: true });
}
