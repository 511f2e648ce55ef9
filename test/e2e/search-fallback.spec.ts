/**
 * Search when Pagefind cannot run, in Chromium: without WebAssembly, with Pagefind's files blocked,
 * and under a policy that refuses 'wasm-unsafe-eval', the search page falls back to the passage file
 * and gives exactly the ground truth (for the sample query of each kind with the most results), with
 * a quiet note; nothing raises an unhandled rejection (focusing either search box included); and when
 * nothing can be loaded, the reader can try again without reloading the page.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { browserBuilds } from '../support/pages.ts';
import { useSites } from '../support/sites.ts';
import { browserQueries, relevantKeys, truthPassages } from '../support/search-truth.ts';
import { runQuery } from '../support/search-page.ts';

const sites = useSites();
const NOTE = '已改用备用方式搜索';

/** A page whose uncaught errors and unhandled rejections (not console messages) are recorded. */
async function watched(setup?: (context: BrowserContext) => Promise<unknown>) {
  const { page, context, errors, requests } = await openPage(sites.browser());
  const uncaught: string[] = [];
  page.on('pageerror', (err) => uncaught.push(err.message));
  await setup?.(context);
  return { page, context, errors, requests, uncaught };
}

/** Every sample query gives exactly the ground truth; returns the wrong ones. */
async function wrongQueries(page: Page, dir: string): Promise<string[]> {
  const passages = truthPassages(dir);
  const wrong: string[] = [];
  for (const { q } of browserQueries(passages)) {
    const { keys } = await runQuery(page, q);
    const want = relevantKeys(passages, q);
    if (keys.join() !== want.join()) wrong.push(`${q}: expected ${want.length}, got ${keys.length}`);
  }
  return wrong;
}

/** Failed loads of the files a test blocked, as Chromium reports them on the console. */
const blockedLoad = (message: string) => /Failed to load resource|Failed to fetch dynamically imported module|pagefind/i.test(message);

describe.each(browserBuilds())('search without Pagefind on the site under $base', ({ dir, i }) => {
  const url = () => sites.server(i).url;

  it('gives exactly the same results when the browser has no WebAssembly, and fetches none of Pagefind', async () => {
    const { page, context, errors, requests, uncaught } = await watched((c) =>
      c.addInitScript(() => {
        // As in iOS Lockdown Mode or a browser with WebAssembly switched off.
        delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
      }),
    );
    await page.goto(`${url()}search/`);
    expect(await page.evaluate(() => typeof (globalThis as { WebAssembly?: unknown }).WebAssembly)).toBe('undefined');
    expect(await wrongQueries(page, dir)).toEqual([]);
    expect(await page.locator('#search-note').textContent()).toContain(NOTE);
    expect(requests.filter((r) => r.includes('/pagefind/'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it("gives exactly the same results when Pagefind's files are blocked, and focusing either box raises nothing", async () => {
    const { page, context, errors, uncaught } = await watched((c) => c.route('**/pagefind/**', (route) => route.abort()));
    await page.goto(`${url()}search/`);
    await page.focus('#site-search-q');
    await page.focus('#search-q');
    // Focus starts loading the engine: let its blocked loads end before the queries reuse it.
    await page.waitForLoadState('networkidle');
    expect(await wrongQueries(page, dir)).toEqual([]);
    expect(await page.locator('#search-note').textContent()).toContain(NOTE);
    expect(uncaught).toEqual([]);
    expect(errors.filter((e) => !blockedLoad(e))).toEqual([]);
    await context.close();
  });

  it.each([
    ['the WebAssembly file', '**/pagefind/wasm.*'],
    ['the index', '**/pagefind/index/**'],
    ['the fragments', '**/pagefind/fragment/**'],
  ])('gives exactly the same results when only %s of Pagefind fails to load, with no unhandled rejection', async (_, pattern) => {
    const { page, context, errors, uncaught } = await watched((c) => c.route(pattern, (route) => route.abort()));
    await page.goto(`${url()}search/`);
    await page.focus('#search-q');
    await page.waitForLoadState('networkidle');
    expect(await wrongQueries(page, dir)).toEqual([]);
    expect(await page.locator('#search-note').textContent()).toContain(NOTE);
    expect(uncaught).toEqual([]);
    expect(errors.filter((e) => !blockedLoad(e))).toEqual([]);
    await context.close();
  });

  it("gives exactly the same results when the page's policy refuses WebAssembly", async () => {
    const { page, context, uncaught } = await watched((c) =>
      c.route('**/search/', async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
        await route.fulfill({ response, body });
      }),
    );
    await page.goto(`${url()}search/`);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).not.toContain('wasm-unsafe-eval');
    expect(await wrongQueries(page, dir)).toEqual([]);
    expect(await page.locator('#search-note').textContent()).toContain(NOTE);
    expect(uncaught).toEqual([]);
    await context.close();
  });

  it('says when nothing can be loaded, and the reader can try again without reloading', async () => {
    const { page, context, uncaught } = await watched(async (c) => {
      await c.route('**/pagefind/**', (route) => route.abort());
      await c.route('**/search/passages.json', (route) => route.abort());
    });
    await page.goto(`${url()}search/?q=${encodeURIComponent('农民工')}`);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('搜索暂时无法使用'));
    expect(await page.locator('#search-results li').count()).toBe(0);
    await context.unroute('**/search/passages.json');
    await page.click('#search-suggestions button');
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '农民工');
    expect(await page.locator('#search-results li').count()).toBe(relevantKeys(truthPassages(dir), '农民工').length);
    expect(uncaught).toEqual([]);
    await context.close();
  });
});

describe('search with Pagefind', () => {
  it('uses Pagefind when it can, with no note', async () => {
    const { page, context, errors, requests, uncaught } = await watched();
    await page.goto(`${sites.server(0).url}search/`);
    await runQuery(page, '就业');
    expect(requests.some((r) => r.endsWith('/pagefind/wasm.unknown.pagefind'))).toBe(true);
    expect(requests.some((r) => r.includes('passages.json'))).toBe(false);
    expect(await page.locator('#search-note').textContent()).toBe('');
    expect(errors).toEqual([]);
    expect(uncaught).toEqual([]);
    await context.close();
  });
});
