/**
 * npm run bench:search — runs the sample queries through the real /search/ page of dist/ in headless
 * Chromium and prints recall and precision (against test/support/search-truth.ts), the time from
 * input to rendered results (median and 95th percentile, warm), and the bytes the first query on a
 * fresh page fetches (gzip, as a compressing static host serves them), twice: with Pagefind, and on
 * the fallback path (the browser without WebAssembly, so the page searches the passage file).
 * Needs `npm run build`. With `-- --write` the report goes into docs/figures.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { assertBuilt } from '../support/dist.ts';
import { ROOT } from '../support/paths.ts';
import { relevantKeys, sampleQueries, truthPassages } from '../support/search-truth.ts';
import { runQuery } from '../support/search-page.ts';
import { report } from './figures.ts';

const dist = join(ROOT, 'dist');
assertBuilt(dist);
const passages = truthPassages(dist);
const queries = sampleQueries();
const server = await serveSite(dist, '/');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const browser = await launchBrowser();
const out = report('search', { code: true });

/** Bytes of a file as sent: Pagefind's files are gzip already; text files gzip-compressed. */
const wireBytes = (url: string): number => {
  const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
  const file = join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  if (!existsSync(file)) return 0;
  return /\.(js|css|html|json|svg)$/.test(file) ? gzipSync(readFileSync(file), { level: 9 }).length : statSync(file).size;
};

type Mode = 'pagefind' | 'passages';

/** A fresh context; for the fallback path, one whose pages have no WebAssembly (as in iOS Lockdown Mode). */
async function newContext(b: Browser, mode: Mode) {
  const context = await b.newContext();
  if (mode === 'passages') await context.addInitScript(() => delete (globalThis as { WebAssembly?: unknown }).WebAssembly);
  return context;
}

async function measure(mode: Mode): Promise<number> {
  // Exactness and warm timings: every query on one page, after one warm-up query.
  const context = await newContext(browser, mode);
  const page = await context.newPage();
  await page.goto(`${server.url}search/`);
  await runQuery(page, '就业');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const times: number[] = [];
  const wrong: string[] = [];
  for (const { q } of queries) {
    const { keys, ms } = await runQuery(page, q);
    times.push(ms);
    if (process.env.VERBOSE) console.log(`${q}\t${ms.toFixed(1)} ms\t${keys.length} results`);
    const want = relevantKeys(passages, q);
    const left = [...want];
    for (const k of keys) {
      const at = left.indexOf(k);
      if (at >= 0) {
        left.splice(at, 1);
        tp += 1;
      } else fp += 1;
    }
    fn += left.length;
    if (left.length || keys.length !== want.length) wrong.push(`${q}: expected ${want.length}, got ${keys.length}`);
  }
  // The same queries again: every file they need is loaded, so this is search and rendering alone.
  // Best of three per query, so that other work on the machine does not count.
  const repeat: number[] = [];
  for (const { q } of queries) {
    const runs = [await runQuery(page, q), await runQuery(page, q), await runQuery(page, q)];
    repeat.push(Math.min(...runs.map((r) => r.ms)));
  }
  await context.close();

  let pageBytes = 0;
  // Bytes: each query as the first on a fresh page (new context, empty cache).
  const firstBytes: { q: string; bytes: number }[] = [];
  const firstTimes: number[] = [];
  for (const { q } of queries) {
    const ctx = await newContext(browser, mode);
    const p = await ctx.newPage();
    const urls: string[] = [];
    // HEAD requests (the loader's preflight) carry no body.
    p.on('request', (r) => r.method() !== 'HEAD' && urls.push(r.url()));
    await p.goto(`${server.url}search/`);
    firstTimes.push((await runQuery(p, q)).ms);
    // The page itself (HTML, CSS, scripts) is counted apart from what searching fetches (Pagefind's files).
    const searching = urls.filter((u) => /^\/(pagefind\/|search\/.+\.json$)/.test(new URL(u).pathname));
    const own = urls.filter((u) => !searching.includes(u));
    firstBytes.push({ q, bytes: searching.reduce((n, u) => n + wireBytes(u), 0) });
    if (process.env.VERBOSE) console.log(`${q}\t${kb(firstBytes.at(-1)!.bytes)}\t${searching.map((u) => new URL(u).pathname.split('/').pop()).join(' ')}`);
    pageBytes = own.reduce((n, u) => n + wireBytes(u), 0);
    if (process.env.VERBOSE) console.log(own.map((u) => `${new URL(u).pathname} ${wireBytes(u)}`).join('\n'));
    await ctx.close();
  }

  const pct = (list: number[], p: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  };
  const bytes = firstBytes.map((b) => b.bytes).sort((a, b) => a - b);
  const worst = firstBytes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const dirBytes = (d: string) =>
    existsSync(join(dist, 'pagefind', d)) ? readdirSync(join(dist, 'pagefind', d)).reduce((n, f) => n + statSync(join(dist, 'pagefind', d, f)).size, 0) : 0;
  out.log(`\n${mode === 'pagefind' ? 'with Pagefind' : 'fallback: no WebAssembly, the passage file'}`);
  out.log(`queries: ${queries.length}, passages: ${passages.length}`);
  out.log(`recall: ${((100 * tp) / (tp + fn || 1)).toFixed(1)} %  precision: ${((100 * tp) / (tp + fp || 1)).toFixed(1)} %`);
  out.log(
    `input to rendered results, ${mode === 'pagefind' ? 'Pagefind loaded, query new (fetches its parts)' : 'passage file loaded, query new'}: median ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms`,
  );
  out.log(`input to rendered results, query repeated (all cached, best of 3): median ${pct(repeat, 50).toFixed(1)} ms, p95 ${pct(repeat, 95).toFixed(1)} ms`);
  out.log(
    `first query on a fresh /search/ page, input to rendered results (loading included, local server): median ${pct(firstTimes, 50).toFixed(1)} ms, p95 ${pct(firstTimes, 95).toFixed(1)} ms`,
  );
  out.log(
    `first query on a fresh /search/ page, bytes fetched for searching (gzip): median ${kb(pct(bytes, 50))}, p95 ${kb(pct(bytes, 95))}, max ${kb(bytes.at(-1)!)}`,
  );
  out.log(`the /search/ page itself (HTML, CSS, scripts, gzip): ${kb(pageBytes)}`);
  out.log(
    `index on disk: index ${kb(dirBytes('index'))}, fragments ${kb(dirBytes('fragment'))} (${readdirSync(join(dist, 'pagefind', 'fragment')).length} files)`,
  );
  const sample = firstBytes.find((b) => b.q === '川渝通办');
  if (sample) out.log(`  川渝通办: ${kb(sample.bytes)}; largest: ${worst.q} ${kb(worst.bytes)}`);
  for (const w of wrong) out.log(`  WRONG ${w}`);
  return wrong.length;
}

try {
  const wrong = (await measure('pagefind')) + (await measure('passages'));
  process.exitCode = wrong ? 1 : 0;
  out.done();
} finally {
  await browser.close();
  await server.close();
}
