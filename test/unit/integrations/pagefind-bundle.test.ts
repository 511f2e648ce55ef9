import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { minifyLoader, recompressBundle, rewriteFragments } from '../../../src/integrations/pagefind-bundle.ts';
import { readPagefindFile } from '../../../src/lib/search/pagefind-adapter.ts';
import type { PagePayload } from '../../../src/lib/search/payload.ts';

const pagefindFile = (json: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(json))]), { level: 1 });
const readJson = async (file: string) => JSON.parse(new TextDecoder().decode(await readPagefindFile(readFileSync(file))));
const part = (page: string): PagePayload[] => [{ page, chapter: 1, records: [{ o: 0, path: ['第一章'], passages: [['c1', 'text', '第一章']] }] }];

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recompressBundle', () => {
  it('recompresses every Pagefind file smaller, with the same data inside', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    const json = { words: Array.from({ length: 400 }, (_, i) => `w${i % 37}`) };
    writeFileSync(join(dir, 'x.pf_meta'), pagefindFile(json));
    writeFileSync(join(dir, 'other.json'), '{}');
    const { before, after } = await recompressBundle(dir);
    expect(after).toBeLessThan(before);
    expect(await readJson(join(dir, 'x.pf_meta'))).toEqual(json);
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe('{}');
  });
});

describe('rewriteFragments', () => {
  it('empties the indexed content and puts each part in its fragment, single or bundled', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    writeFileSync(join(dir, 'zh_a.pf_fragment'), pagefindFile({ url: '/#a', content: '0ab 0ac', meta: {} }));
    writeFileSync(join(dir, 'zh_group_b.pf_fragment'), pagefindFile({ zh_b: { url: '/chapters/4/#b', content: '0ad', meta: {} } }));
    const payloads = new Map([
      ['/#a', part('')],
      ['/chapters/4/#b', part('chapters/4/')],
    ]);
    expect(await rewriteFragments(dir, payloads)).toBe(2);
    expect(await readJson(join(dir, 'zh_a.pf_fragment'))).toEqual({ url: '/#a', content: '', meta: {}, plan: part('') });
    const group = await readJson(join(dir, 'zh_group_b.pf_fragment'));
    expect(group.zh_b.plan).toEqual(part('chapters/4/'));
    expect(group.zh_b.content).toBe('');
  });

  it('fails, naming the file, when a fragment has no part', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    writeFileSync(join(dir, 'zh_c.pf_fragment'), pagefindFile({ url: '/chapters/9/#c', content: '' }));
    await expect(rewriteFragments(dir, new Map())).rejects.toThrow(/zh_c\.pf_fragment is for \/chapters\/9\/#c/);
  });

  it('fails, naming the file, when a fragment file holds something else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    writeFileSync(join(dir, 'zh_d.pf_fragment'), pagefindFile({ zh_d: { href: '/x/' } }));
    await expect(rewriteFragments(dir, new Map())).rejects.toThrow(/zh_d\.pf_fragment is neither a Pagefind fragment nor a group/);
  });
});

describe('minifyLoader', () => {
  it('minifies the loader, and takes the result for the same loader from the cache folder', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pagefind-loader-'));
    const loader = 'export async function init(options) {\n  const answer = options.value * 2;\n  return answer;\n}\n';
    writeFileSync(join(dir, 'a.js'), loader);
    await minifyLoader(join(dir, 'a.js'), join(dir, 'cache'));
    const minified = readFileSync(join(dir, 'a.js'), 'utf8');
    expect(minified.length).toBeLessThan(loader.length);
    expect(minified).toMatch(/export\s*\{|export async function/);
    const [entry] = readdirSync(join(dir, 'cache'));
    writeFileSync(join(dir, 'cache', entry!), '/* from the cache */');
    writeFileSync(join(dir, 'b.js'), loader);
    await minifyLoader(join(dir, 'b.js'), join(dir, 'cache'));
    expect(readFileSync(join(dir, 'b.js'), 'utf8')).toBe('/* from the cache */');
  });
});
