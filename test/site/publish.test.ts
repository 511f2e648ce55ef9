/**
 * What the publish step promises a host, read from the built files on their own terms (parsed with
 * cheerio, hashed here with node:crypto, nothing from src/integrations/csp.ts that builds the policy):
 * each page's Content-Security-Policy allows exactly that page's own inline scripts and styles, the
 * only executable inline script is the reader's pre-paint script, WebAssembly is allowed on the search
 * page only, `_headers` carries each page's policy without two rules setting the same header for one
 * path, asset names are hashed, and .br/.gz copies decompress to the original.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { PREPAINT_SCRIPT } from '../../src/reader/prepaint-script.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Types a browser runs as script (everything else is a data block, which CSP does not govern). */
const runs = (type: string | undefined) => /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script)$/i.test((type ?? '').trim());
/** The pages where search runs (Pagefind compiles WebAssembly): the only ones that may allow it. */
const SEARCH_PAGES = ['search/index.html'];

interface PageFacts {
  policy: string | undefined;
  /** Hashes of the inline scripts a browser would run. */
  scripts: string[];
  /** Hashes of <style> elements and of style="" attributes. */
  styles: string[];
  attributeNames: string[];
}

function factsOf(html: string): PageFacts {
  const $ = load(html);
  const text = (el: Element) => el.children.map((c) => ('data' in c ? c.data : '')).join('');
  const inline = $('script:not([src])')
    .get()
    .filter((el) => runs($(el).attr('type')));
  return {
    policy: $('meta[http-equiv="Content-Security-Policy"]').attr('content'),
    scripts: inline.map((el) => sha256(text(el))),
    styles: [
      ...$('style')
        .get()
        .map((el) => sha256(text(el))),
      ...$('[style]')
        .get()
        .map((el) => sha256($(el).attr('style')!)),
    ],
    attributeNames: $('*')
      .get()
      .flatMap((el) => Object.keys((el as Element).attribs)),
  };
}

const directivesOf = (policy: string) =>
  new Map(
    policy
      .split(/;\s*/)
      .filter(Boolean)
      .map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1)] as const),
  );
const hashesIn = (sources: readonly string[] = []) => sources.filter((s) => s.startsWith("'sha"));

/** _headers as rules of a path pattern and its headers, in file order. */
function parseHeaders(text: string): { pattern: string; headers: [string, string][] }[] {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
/** Netlify and Cloudflare Pages: "*" matches anything, the rest literally. */
const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

describe.each(BUILDS)('the build for base $base', ({ dir, base }) => {
  assertBuilt(dir);
  const files = listFiles(dir);
  const pages = files.filter((f) => f.endsWith('.html'));
  const urlPath = (page: string) => `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;

  it.each(pages)('%s carries, before any script or stylesheet, a policy that allows exactly its own inline code', (page) => {
    const html = readFileSync(join(dir, page), 'utf8');
    const facts = factsOf(html);
    expect(facts.policy).toBeDefined();
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<style/) >>> 0);
    const directives = directivesOf(facts.policy!);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(hashesIn(directives.get('script-src')).sort()).toEqual([...new Set(facts.scripts)].sort());
    expect(hashesIn(directives.get('style-src')).sort()).toEqual([...new Set(facts.styles)].sort());
    expect(directives.get('script-src')!.includes("'wasm-unsafe-eval'")).toBe(SEARCH_PAGES.includes(page));
    expect(facts.attributeNames.filter((name) => /^on/i.test(name))).toEqual([]);
    // Nothing but the own origin, hashes and (on the search page) wasm anywhere in the policy.
    expect(facts.policy).not.toMatch(/https?:|\*|'unsafe-inline'|'unsafe-eval'|data:|blob:/);
  });

  it('runs no inline script anywhere but the reader pre-paint script (src/reader/prefs.ts)', () => {
    const hashes = new Set(pages.flatMap((page) => factsOf(readFileSync(join(dir, page), 'utf8')).scripts));
    expect([...hashes]).toEqual([sha256(PREPAINT_SCRIPT)]);
  });

  it("writes _headers with each page's policy plus frame-ancestors on its path, and no header set twice for one path", () => {
    const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
    for (const page of pages) {
      const path = urlPath(page);
      const applying = rules.filter((r) => matches(r.pattern, path));
      const names = applying.flatMap((r) => r.headers.map(([name]) => name.toLowerCase()));
      expect(
        names.filter((n, i) => names.indexOf(n) !== i),
        path,
      ).toEqual([]);
      const csp = applying.flatMap((r) => r.headers).find(([name]) => name === 'Content-Security-Policy')?.[1];
      expect(csp, path).toBe(`${factsOf(readFileSync(join(dir, page), 'utf8')).policy}; frame-ancestors 'self'`);
      expect(applying.flatMap((r) => r.headers).find(([name]) => name === 'X-Content-Type-Options')?.[1], path).toBe('nosniff');
    }
    const asset = `${base}${files.find((f) => f.startsWith('_assets/'))}`;
    expect(rules.filter((r) => matches(r.pattern, asset)).flatMap((r) => r.headers)).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
  });

  it('names every built asset after its content hash', () => {
    const assets = files.filter((f) => f.startsWith('_assets/') && !/\.(br|gz)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/\.[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/);
  });

  it('has .br and .gz copies of every compressible text file, and they decompress to it', () => {
    const text = files.filter((f) => /\.(html|css|js|mjs|json|svg|xml|txt|csv|map|webmanifest)$/.test(f) && readFileSync(join(dir, f)).length >= 256);
    expect(text.length).toBeGreaterThan(pages.length - 1);
    for (const file of text) {
      const original = readFileSync(join(dir, file));
      expect(existsSync(join(dir, `${file}.br`)), `${file}.br`).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), `${file}.gz`).toBe(true);
    }
  });
});
