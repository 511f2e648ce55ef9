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

describe('the compression cache', () => {
  it('keeps each result by content hash and format, reuses it for the same content, and drops entries unused for CACHE_DAYS', async () => {
    const { CACHE_DAYS, pruneCache, brotli, gzip } = await import('../../../src/integrations/precompress.ts');
    const { readdirSync, utimesSync } = await import('node:fs');
    const cache = join(dir, 'cache');
    const text = '<p>就业优先</p>\n'.repeat(100);
    for (const name of ['a.html', 'b.html']) writeFileSync(join(dir, name), text);
    precompressFile(join(dir, 'a.html'), cache);
    const entries = readdirSync(cache).sort();
    expect(entries.map((e) => e.replace(/^[0-9a-f]{64}/u, 'HASH'))).toEqual(['HASH.br', 'HASH.gz']);
    const [br, gz] = entries as [string, string];
    expect(brotliDecompressSync(readFileSync(join(cache, br))).toString()).toBe(text);
    expect(gunzipSync(readFileSync(join(cache, gz))).toString()).toBe(text);
    // Same content, same entries: mark them and the second file's copies come from them, not from the compressors.
    writeFileSync(join(cache, br), brotli(Buffer.from('from the cache')));
    writeFileSync(join(cache, gz), gzip(Buffer.from('gzip from the cache')));
    precompressFile(join(dir, 'b.html'), cache);
    expect(readdirSync(cache)).toHaveLength(2);
    expect(brotliDecompressSync(readFileSync(join(dir, 'b.html.br'))).toString()).toBe('from the cache');
    expect(gunzipSync(readFileSync(join(dir, 'b.html.gz'))).toString()).toBe('gzip from the cache');
    // Other content, other entries.
    writeFileSync(join(dir, 'c.html'), `${text}<p>社会保障</p>\n`);
    precompressFile(join(dir, 'c.html'), cache);
    expect(readdirSync(cache)).toHaveLength(4);
    const old = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000);
    for (const entry of readdirSync(cache)) utimesSync(join(cache, entry), old, old);
    pruneCache(cache);
    expect(readdirSync(cache)).toEqual([]);
  });
});
