import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFile } from '../../../src/integrations/precompress.ts';
import { PLAN_TITLE } from '../../support/plan-facts.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressFile', () => {
  it('writes .br and .gz copies that decompress to the original', () => {
    const file = join(dir, 'page.html');
    const text = `<p>${PLAN_TITLE}</p>\n`.repeat(50);
    writeFileSync(file, text);
    const result = precompressFile(file)!;
    expect(result.brotli).toBeGreaterThan(0);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
  });

  it('leaves small files and already compressed formats alone', () => {
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096));
    expect(precompressFile(join(dir, 'tiny.css'))).toBeNull();
    expect(precompressFile(join(dir, 'photo.png'))).toBeNull();
    expect(existsSync(join(dir, 'photo.png.gz'))).toBe(false);
  });
});

describe('the brotli cache', () => {
  it('keeps each result by content hash, reuses it for the same content, and drops entries unused for CACHE_DAYS', async () => {
    const { CACHE_DAYS, pruneCache } = await import('../../../src/integrations/precompress.ts');
    const { readdirSync, utimesSync } = await import('node:fs');
    const cache = join(dir, 'cache');
    const text = '<p>就业优先</p>\n'.repeat(100);
    for (const name of ['a.html', 'b.html']) writeFileSync(join(dir, name), text);
    precompressFile(join(dir, 'a.html'), cache);
    const [entry] = readdirSync(cache);
    expect(brotliDecompressSync(readFileSync(join(cache, entry!))).toString()).toBe(text);
    // Same content, same entry: mark the entry and the second file's copy comes from it, not from brotli.
    const { brotli } = await import('../../../src/integrations/precompress.ts');
    writeFileSync(join(cache, entry!), brotli(Buffer.from('from the cache')));
    precompressFile(join(dir, 'b.html'), cache);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(brotliDecompressSync(readFileSync(join(dir, 'b.html.br'))).toString()).toBe('from the cache');
    const old = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000);
    utimesSync(join(cache, entry!), old, old);
    pruneCache(cache);
    expect(readdirSync(cache)).toEqual([]);
  });
});
