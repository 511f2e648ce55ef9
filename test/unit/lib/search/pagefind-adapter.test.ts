/**
 * The contract between src/lib/search/pagefind-adapter.ts and the installed Pagefind: a small index
 * is built with Pagefind's own Node API, the build's rewrite is applied, and Pagefind's own loader
 * searches it over HTTP, as in the browser. Each check says what changed and what relies on it, so
 * an upgrade that breaks one fails here with a message instead of giving wrong search results.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteFragments } from '../../../../src/integrations/pagefind-bundle.ts';
import {
  alphabetOf,
  BUNDLE_DIR,
  charToken,
  customRecord,
  ENTRY,
  fetchableFiles,
  FILLER,
  FRAGMENT_DIR,
  fragmentsIn,
  holdsEvery,
  INDEX_DIR,
  isPagefindDataFile,
  LOADER,
  LOADER_PATH,
  metaFile,
  PAGEFIND_VERSION,
  partsHolding,
  readPagefindFile,
  recordContent,
  SENTINEL,
  tokensOf,
  UNUSED_FILES,
  wasmFile,
  type PagefindEntry,
  type PagefindInstance,
} from '../../../../src/lib/search/pagefind-adapter.ts';
import type { PagePayload } from '../../../../src/lib/search/payload.ts';
import { ROOT } from '../../../support/paths.ts';
import { serveSite, type SiteServer } from '../../../support/server.ts';

const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;
const changed = (what: string, why: string) => `Pagefind ${installed} changed: ${what}. src/lib/search/pagefind-adapter.ts relies on it: ${why}`;

describe('charToken and recordContent', () => {
  it('writes a character as a word of lower-case ASCII letters and digits', () => {
    for (const c of ['险', '%', 'a', '，', '😀', '〇']) expect(charToken(c)).toMatch(/^[0-9a-z]+$/);
  });

  it('gives different characters different tokens, none a prefix of another', () => {
    const tokens = ['险', '风', '%', '9', '，', '（', '😀', '\u9fff', '\ua000'].map(charToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });

  it('lists each character of a text once, sorted, whitespace left out', () => {
    expect(tokensOf('保险 保险')).toEqual([charToken('保'), charToken('险')].sort());
  });

  it('puts every character of the alphabet at its own position, fillers where a record lacks it, none at the end', () => {
    const alphabet = alphabetOf(['保险 风险', '养老']);
    expect(alphabet).toEqual(['保', '养', '老', '险', '风']);
    const words = (chars: string) => recordContent(new Set(chars), alphabet).split(' ');
    expect(words('险保')).toEqual([charToken('保'), FILLER, FILLER, charToken('险')]);
    expect(words('风')).toEqual([FILLER, FILLER, FILLER, FILLER, charToken('风')]);
    expect(() => recordContent(new Set('保医'), alphabet)).toThrow(/outside the alphabet: 医/);
  });

  it('names the loader as one literal the CSP step can find in the bundled script', () => {
    expect(LOADER_PATH).toBe(`${BUNDLE_DIR}/${LOADER}`);
  });
});

describe(`the installed Pagefind keeps what the adapter relies on (written for ${PAGEFIND_VERSION})`, () => {
  // Three records over a four-character alphabet, as the build makes them (code point order: 保 养 老 险 at positions 0–3).
  const alphabet = alphabetOf(['养老保险']);
  const parts: Record<string, string> = { '/a/#1': '养老保', '/b/#2': '保险', '/c/#3': '险' };
  const payload = (url: string): PagePayload[] => [{ page: url, chapter: 0, records: [{ o: 0, path: [url], passages: [['x', 'text', parts[url]!]] }] }];
  let dir = '';
  let bundle = '';
  let files: string[] = [];
  let entry: PagefindEntry;
  let server: SiteServer;
  let instance: PagefindInstance;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-contract-'));
    bundle = join(dir, BUNDLE_DIR);
    try {
      const { index, errors } = await pagefind.createIndex({});
      expect(errors).toEqual([]);
      for (const [url, chars] of Object.entries(parts))
        expect((await index!.addCustomRecord(customRecord(url, recordContent(new Set(chars), alphabet)))).errors).toEqual([]);
      expect((await index!.writeFiles({ outputPath: bundle })).errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
    files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
    entry = JSON.parse(readFileSync(join(bundle, ENTRY), 'utf8')) as PagefindEntry;
    await rewriteFragments(join(bundle, FRAGMENT_DIR), new Map(Object.keys(parts).map((url) => [url, payload(url)])));
    server = await serveSite(dir, '/');
    const loader = (await import(pathToFileURL(join(bundle, LOADER)).href)) as { createInstance(options: object): PagefindInstance };
    instance = loader.createInstance({ basePath: `${server.url}${BUNDLE_DIR}/`, noWorker: true });
  }, 60_000);
  afterAll(async () => {
    await instance?.destroy?.();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const search = async (chars: string) => {
    const tokens = [...chars].map(charToken);
    const results = (await instance.search(tokens.join(' ')))?.results ?? [];
    return Promise.all(results.map(async (r) => ({ url: (await r.data()).plan[0]!.page, words: [...r.words].sort(), all: holdsEvery(r, tokens) })));
  };

  it('is the version package.json pins', () => {
    const pinned = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies.pagefind;
    expect(pinned, 'package.json must pin pagefind exactly (no ^ or ~): the adapter is checked against one version').toBe(PAGEFIND_VERSION);
    expect(
      installed,
      changed(`the installed version is not ${PAGEFIND_VERSION}`, 'every fact below; run this test and update the adapter, then PAGEFIND_VERSION'),
    ).toBe(PAGEFIND_VERSION);
    expect(entry.version, changed('pagefind-entry.json reports another version', 'the bundle it checks')).toBe(PAGEFIND_VERSION);
  });

  it('writes the files the adapter names, and no others', () => {
    const expected = [LOADER, ENTRY, metaFile(entry), wasmFile(entry)];
    for (const f of expected)
      expect(files, changed(`it no longer writes ${f}`, 'the loader, the preflight HEAD requests and the byte budget name it')).toContain(f);
    for (const f of UNUSED_FILES)
      expect(files, changed(`it no longer writes ${f}`, 'UNUSED_FILES lists what the build deletes; drop it from the list')).toContain(f);
    expect(
      files.some((f) => f.startsWith(`${INDEX_DIR}/`)),
      changed(`no ${INDEX_DIR}/ folder`, 'the byte budget counts the index chunks there'),
    ).toBe(true);
    expect(
      files.some((f) => f.startsWith(`${FRAGMENT_DIR}/`)),
      changed(`no ${FRAGMENT_DIR}/ folder`, 'the build rewrites the fragments there'),
    ).toBe(true);
    const known = new Set([...fetchableFiles(files, entry), ...UNUSED_FILES, INDEX_DIR, FRAGMENT_DIR]);
    expect(
      files.filter((f) => !known.has(f)),
      changed(
        'it writes files the adapter does not know',
        'fetchableFiles() decides what a first query may fetch (the 100 KB budget) and UNUSED_FILES what is deleted',
      ),
    ).toEqual([]);
    expect(entry.languages.zh, changed('the zh index is not listed under "zh" in the entry', 'metaFile() and wasmFile() read it')).toBeDefined();
  });

  it('writes every data file as gzip of the pagefind_dcd signature and the data', async () => {
    for (const f of files.filter(isPagefindDataFile)) {
      await expect(
        readPagefindFile(readFileSync(join(bundle, f))),
        changed(`${f} is not gzip of the "pagefind_dcd" signature and data`, 'the build reads, rewrites and recompresses these files'),
      ).resolves.toBeInstanceOf(Uint8Array);
    }
  });

  it("stores each record's fragment as JSON with its url and content, single or grouped", async () => {
    const urls: string[] = [];
    for (const f of files.filter((x) => x.startsWith(`${FRAGMENT_DIR}/`))) {
      const json: unknown = JSON.parse(new TextDecoder().decode(await readPagefindFile(readFileSync(join(bundle, f)))));
      const fragments = fragmentsIn(json, f);
      urls.push(...fragments.map((x) => x.url));
      for (const x of fragments) expect(x.content, changed('a rewritten fragment lost its emptied content', 'the build empties it')).toBe('');
    }
    expect(urls.sort(), changed('fragments do not carry the url of their record', "the build finds each part's fragment by url")).toEqual(
      Object.keys(parts).sort(),
    );
  });

  it('answers with the records holding every query word it knows, result.words their positions, fillers counted', async () => {
    const found = await search('养老保');
    expect(
      found.map((r) => r.url),
      changed('a query no longer answers with exactly the records holding all its words', 'partsHolding() fetches the parts it answers with'),
    ).toEqual(['/a/#1']);
    // The positions are the characters' places in the alphabet (保 养 老): fillers are counted, so every record agrees.
    expect(
      found[0]!.words,
      changed(
        'result.words no longer gives the positions of the words found, fillers counted',
        'holdsEvery() counts distinct positions to tell a record holding every character',
      ),
    ).toEqual([0, 1, 2]);
    expect(found[0]!.all).toBe(true);
    expect(
      (await search('险')).map((r) => [r.url, r.words]),
      changed('a character is not at its alphabet position in every record', 'the fillers keep it there'),
    ).toEqual(
      expect.arrayContaining([
        ['/b/#2', [3]],
        ['/c/#3', [3]],
      ]),
    );
  });

  it('leaves out of a query a word it has not indexed, so an answer alone does not mean every character is there', async () => {
    // 医 is in no record: Pagefind answers for 养 alone (position 1 of the alphabet 保养老险); holdsEvery()
    // sees one position for two tokens.
    const found = await search('养医');
    expect(
      found.map((r) => [r.url, r.words, r.all]),
      changed(
        'an unknown word no longer drops out of the query',
        'holdsEvery() is what keeps such a record out; it would still be right, but check the token scheme',
      ),
    ).toEqual([['/a/#1', [1], false]]);
  });

  it('gives every result an id that is the same in every answer', async () => {
    const ids = async (q: string) => ((await instance.search([...q].map(charToken).join(' ')))?.results ?? []).map((r) => r.id);
    const [first] = await ids('养');
    expect(typeof first, changed('results have no id', 'partsHolding(…, "any") merges the answers of several searches by id')).toBe('string');
    expect(await ids('老')).toEqual([first]);
  });

  it('keeps a token whole: no splitting, stemming or widening to other tokens', async () => {
    const found = await search('老');
    expect(
      found.map((r) => r.url),
      changed('a token matched records that do not hold it', 'a character must find only the parts that hold it'),
    ).toEqual(['/a/#1']);
  });

  it('gives the rewritten fragment back through result.data(), and partsHolding reads it', async () => {
    expect(await partsHolding(instance, [...'保险'], 'all')).toEqual([payload('/b/#2')]);
    expect((await partsHolding(instance, [...'养险'], 'any')).length).toBe(3);
  });

  it('says when the index answers nothing even for the sentinel, rather than answering short', async () => {
    // The tiny index has no SENTINEL: a query finding no part must then be reported, not trusted.
    expect(Object.values(parts).join('')).not.toContain(SENTINEL);
    await expect(partsHolding(instance, ['医'], 'all')).rejects.toThrow(/index did not load/);
  });
});
