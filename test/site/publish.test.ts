/**
 * What the publish step (src/integrations/publish.ts) promises a host: a Content-Security-Policy in every
 * page that covers every inline script and style of that page, `_headers` with the same policy, hashed
 * asset names, and .br/.gz copies of every text file that decompress to the original.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { inlineSources } from '../../src/integrations/csp.ts';
import { COMPRESSIBLE, MIN_BYTES } from '../../src/integrations/precompress.ts';

const policyOf = (html: string): string | undefined =>
  html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1]?.replace(/&quot;/g, '"');

describe.each(BUILDS)('the build for base $base', ({ dir, base }) => {
  assertBuilt(dir);
  const files = listFiles(dir);
  const pages = files.filter((f) => f.endsWith('.html'));

  it.each(pages)('%s carries a policy, before any script or stylesheet, that covers all its inline code', (page) => {
    const html = readFileSync(join(dir, page), 'utf8');
    const policy = policyOf(html);
    expect(policy).toBeDefined();
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/) >>> 0);
    const directives = new Map(policy!.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const found = inlineSources(html);
    expect(found.eventHandlers).toEqual([]);
    for (const hash of found.scripts) expect(directives.get('script-src')).toContain(hash);
    for (const hash of [...found.styles, ...found.styleAttributes]) expect(directives.get('style-src')).toContain(hash);
    // Nothing but the own origin, hashes and wasm (Pagefind) anywhere in the policy.
    expect(policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|data:|blob:/);
  });

  it('writes _headers for the base path with the same policy plus frame-ancestors', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    const policy = policyOf(readFileSync(join(dir, 'index.html'), 'utf8'))!;
    expect(headers).toContain(`${base}*\n  Content-Security-Policy: ${policy}; frame-ancestors 'self'\n`);
    expect(headers).toContain(`${base}_assets/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });

  it('names every built asset after its content hash', () => {
    const assets = files.filter((f) => f.startsWith('_assets/') && !/\.(br|gz)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/);
  });

  it('has .br and .gz copies of every compressible text file, and they decompress to it', () => {
    const text = files.filter((f) => COMPRESSIBLE.test(f) && readFileSync(join(dir, f)).length >= MIN_BYTES);
    expect(text.length).toBeGreaterThan(pages.length - 1);
    for (const file of text) {
      const original = readFileSync(join(dir, file));
      expect(existsSync(join(dir, `${file}.br`)), `${file}.br`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
    }
  });
});
