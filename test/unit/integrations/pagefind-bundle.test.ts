import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { minifyLoader, packPagefindFile, readPagefindFile, recompressBundle, rewriteFragments } from '../../../src/integrations/pagefind-bundle.ts';
import type { PagePayload } from '../../../src/lib/search/payload.ts';

const pagefindFile = (json: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(json))]), { level: 1 });
const part = (page: string): PagePayload[] => [{ page, chapter: 1, records: [{ o: 0, path: ['第一章'], passages: [['c1', 'text', '第一章']] }] }];

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Pagefind files', () => {
  it('reads the data behind the signature, and packs data so that it reads back the same', () => {
    const data = Buffer.from('{"a":1}');
    expect(readPagefindFile(pagefindFile({ a: 1 }))).toEqual(data);
    expect(readPagefindFile(packPagefindFile(data))).toEqual(data);
    expect(() => readPagefindFile(gzipSync('{"a":1}'))).toThrow(/signature/);
  });

  it('recompresses every Pagefind file smaller, with the same data inside', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    const json = { words: Array.from({ length: 400 }, (_, i) => `w${i % 37}`) };
    writeFileSync(join(dir, 'x.pf_meta'), pagefindFile(json));
    writeFileSync(join(dir, 'other.json'), '{}');
    const { before, after } = await recompressBundle(dir);
    expect(after).toBeLessThan(before);
    expect(JSON.parse(readPagefindFile(readFileSync(join(dir, 'x.pf_meta'))).toString())).toEqual(json);
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe('{}');
  });
});

describe('rewriteFragments', () => {
  it('empties the indexed content and puts each part in its fragment, single or bundled', () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    writeFileSync(join(dir, 'zh_a.pf_fragment'), pagefindFile({ url: '/#a', content: '0ab 0ac', meta: {} }));
    writeFileSync(join(dir, 'zh_group_b.pf_fragment'), pagefindFile({ zh_b: { url: '/chapters/4/#b', content: '0ad', meta: {} } }));
    const payloads = new Map([['/#a', part('')], ['/chapters/4/#b', part('chapters/4/')]]);
    expect(rewriteFragments(dir, payloads)).toBe(2);
    const single = JSON.parse(readPagefindFile(readFileSync(join(dir, 'zh_a.pf_fragment'))).toString());
    expect(single).toEqual({ url: '/#a', content: '', meta: {}, plan: part('') });
    const group = JSON.parse(readPagefindFile(readFileSync(join(dir, 'zh_group_b.pf_fragment'))).toString());
    expect(group.zh_b.plan).toEqual(part('chapters/4/'));
    expect(group.zh_b.content).toBe('');
  });

  it('fails, naming the file, when a fragment has no part', () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-'));
    writeFileSync(join(dir, 'zh_c.pf_fragment'), pagefindFile({ url: '/chapters/9/#c', content: '' }));
    expect(() => rewriteFragments(dir, new Map())).toThrow(/zh_c\.pf_fragment is for \/chapters\/9\/#c/);
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
