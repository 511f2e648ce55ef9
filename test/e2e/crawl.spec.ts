/**
 * Every page of the sitemap (and the 404 page) loaded in Chromium at phone size, the way a reader
 * first sees it: no console errors (a Content-Security-Policy violation is one), no request to any
 * other origin, every response successful, and within the byte budget; home and chapter pages
 * also within one round trip (HTML and render-blocking CSS).
 */
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';
import { kb, measurePage } from '../support/weight.ts';

/**
 * HTML + CSS + JS, gzip, before interaction, by path prefix. A chapter page must stay within 20 KB
 * (Starlight's costs 53 KB). Every other page gets the same limit unless listed here with a reason:
 * tools (search, charts) should load their code when the reader uses them, not before.
 */
const BUDGETS: [path: string, bytes: number, reason: string][] = [
  ['full/', 45 * 1024, 'the whole plan on one page (about 31 KB of HTML) plus the shared CSS and toolbar; the ceiling catches growth'],
  [
    'indicators/',
    25 * 1024,
    "the dashboard: every indicator of 专栏1 and 专栏2 with its links (12 KB of HTML), the data pages' stylesheet and the filter script; Chart.js loads only when a chart scrolls into view",
  ],
  [
    'search/',
    24 * 1024,
    "the search page carries its own result renderer, suggestions and the fallback engine (about 8.8 KB, with the UI strings), and Vite's preload helper for the loader import (0.9 KB); Pagefind and the index load only with the first query",
  ],
];
const DEFAULT_BUDGET = 20 * 1024;
// Exact paths: each indicator's own page (indicators/<id>/) keeps the default 20 KB.
const budgetFor = (path: string): number => BUDGETS.find(([p]) => path === p)?.[1] ?? DEFAULT_BUDGET;
/**
 * The first round trip of the pages readers open from a shared link, the home page and every
 * chapter: the HTML and the stylesheets that block the first paint, so the text shows after about
 * one round trip's worth of bytes (14 KB, TCP's first window) on a slow phone connection.
 */
const FIRST_ROUND_TRIP = 14 * 1024;
const isFirstRoundTripPage = (path: string): boolean => path === '' || /^chapters\/\d+\/$/.test(path);

const build = BUILDS[0]!;
const site = useBrowserSite(build);

describe('every page as first loaded on a phone', () => {
  it.each(browserPaths(build).map((p) => [label(p), p]))('%s loads without errors, only from its own origin, within budget', async (_, path) => {
    const weight = await measurePage(site.browser, `${site.server.url}${path}`);
    expect(weight.errors).toEqual([]);
    expect(weight.requests.filter((r) => new URL(r).origin !== site.server.origin)).toEqual([]);
    const failed = weight.resources.filter((r) => r.status >= 400 && !(path === '404.html' && r.kind === 'html'));
    expect(failed.map((r) => `${r.status} ${r.url}`)).toEqual([]);
    const total = weight.gzip.html + weight.gzip.css + weight.gzip.js;
    expect(total, `HTML ${kb(weight.gzip.html)} + CSS ${kb(weight.gzip.css)} + JS ${kb(weight.gzip.js)}`).toBeLessThanOrEqual(budgetFor(path));
    if (isFirstRoundTripPage(path)) {
      const first = weight.gzip.html + weight.renderBlockingCss;
      expect(first, `HTML ${kb(weight.gzip.html)} + render-blocking CSS ${kb(weight.renderBlockingCss)}`).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
    }
  });
});

describe('the Content-Security-Policy in the browser', () => {
  it('blocks an inline script that is not hashed, and reports the violation', async () => {
    const { page, context, errors } = await openPage(site.browser);
    await page.goto(site.server.url);
    // Settles on whichever comes first: the policy's violation event, or the script running.
    const ran = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(false), { once: true });
          addEventListener('injected', () => resolve(true), { once: true });
          const script = document.createElement('script');
          script.textContent = "dispatchEvent(new Event('injected'));";
          document.body.append(script);
        }),
    );
    expect(ran).toBe(false);
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });

  it('lets only the search page compile WebAssembly (Pagefind), and blocks it on a chapter page', async () => {
    const compiles = async (path: string) => {
      const { page, context } = await openPage(site.browser);
      await page.goto(`${site.server.url}${path}`);
      // The smallest valid module: the magic number and version.
      const ok = await page.evaluate(() =>
        WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
          () => true,
          () => false,
        ),
      );
      await context.close();
      return ok;
    };
    expect(await compiles('search/')).toBe(true);
    expect(await compiles('chapters/3/')).toBe(false);
  });

  it('blocks a stylesheet or image from another origin', async () => {
    const { page, context, errors } = await openPage(site.browser);
    await page.goto(site.server.url);
    const reported = page.waitForEvent('console', (msg) => /Content Security Policy/.test(msg.text()));
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://192.0.2.1/pixel.png';
      img.alt = '';
      document.body.append(img);
    });
    await reported;
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });
});
