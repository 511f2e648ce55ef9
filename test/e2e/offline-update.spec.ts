/**
 * A returning reader across two builds on one origin (test/support/switch-server.ts), in Chromium: the
 * test build (dist/) and a scratch build of the same tree with three edits, one of each kind of file a
 * page loads: a page text (the footer: every page changes), a string in /reader-tools.json (a file
 * without a hash in its name, fetched when the reading tools open) and the tools' stylesheet (a hashed
 * file in _assets/, so the first build's name is gone from the server). The update is caught half-way
 * (the server holds one file back) and the network lost there: offline, the reader gets the copy her
 * device completed, whole and from one build, with Pagefind's search; the half-saved copy is resumed at
 * the next visit, not fetched again; once it is complete an old tab says a newer version is ready, in
 * one line, and keeps working on its own build's files, and a page of the new build says nothing.
 * Without a worker, an old tab whose scripts are gone says so and throws nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../support/browser.ts';
import { assertBuilt } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { FOOTER, secondBuild, SIZE_FIRST, SIZE_SECOND } from '../support/second-build.ts';
import { runQuery } from '../support/search-page.ts';
import { relevantKeys, truthPassages } from '../support/search-truth.ts';
import { serveSwitchable, type SwitchServer } from '../support/switch-server.ts';

const FIRST = BUILDS[0]!;
assertBuilt(FIRST.dir);
/** A page of the second build the worker fetches late in its update (the list is in address order); the server holds its answer back. */
const HELD = 'targets/';
const NEWER = '本站已更新，刷新页面即可阅读新版本。';

let browser: Browser;
let second: string;

beforeAll(async () => {
  browser = await launchBrowser();
  second = secondBuild(FIRST);
}, 600_000);
afterAll(async () => {
  await browser?.close();
});

/** A tab that records uncaught errors (an unhandled rejection included) and console errors. */
async function tab(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return { page, errors };
}

const footer = (page: Page) => page.locator('footer').textContent();
const note = (page: Page) => page.evaluate(() => document.querySelector('[data-offline-note]')?.textContent ?? null);
/** Opens the reading tools' panel and returns its first legend: a string of /reader-tools.json, drawn by the lazy module. */
async function panelLegend(page: Page): Promise<string> {
  await page.locator('.site-header details.tools > summary').click();
  const legend = page.locator('[data-reader-sheet] legend').first();
  await legend.waitFor({ state: 'visible' });
  const text = (await legend.textContent()) ?? '';
  await page.locator('.site-header details.tools > summary').click();
  return text;
}
/** This scope's caches: the copies (complete or not) and the worker's record of open pages. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const complete = (page: Page) =>
  page.evaluate(async () => {
    const done: string[] = [];
    for (const name of await caches.keys())
      if (await caches.match(`${location.origin}/__offline-copy.json`, { cacheName: name })) done.push(name.split(' ').pop()!);
    return done;
  });

describe('a new build deployed while a reader has the offline copy of the previous one', () => {
  let server: SwitchServer;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serveSwitchable(FIRST.dir, FIRST.base);
    context = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('goes offline mid-update: the completed copy answers whole; the update resumes; an old tab hears of it and keeps working', async () => {
    // The first build: one visit saves its copy; then a page read offline comes from it (and is bound to it).
    const old = await tab(context);
    await old.page.goto(`${server.url}chapters/1/`);
    await old.page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 });
    const [firstCopy] = await complete(old.page);
    expect(firstCopy).toBeDefined();
    await context.setOffline(true);
    await old.page.goto(`${server.url}chapters/3/`);
    expect(await note(old.page)).toMatch(/^离线阅读：您看到的是本设备保存的副本/u);
    await context.setOffline(false);

    // The second build is deployed; a visit in another tab reads its page online and starts the update,
    // which the server holds at one file. There the signal is lost.
    server.serve(second);
    server.holdPaths([HELD]);
    const reader = await tab(context);
    const before = server.log.length;
    await reader.page.goto(`${server.url}chapters/2/`);
    expect(await footer(reader.page)).toContain(`${FOOTER}（第二版）`);
    await server.held(HELD);
    const failed = reader.page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.getRegistration())!.installing;
      if (worker) await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'redundant' && resolve()));
    });
    await context.setOffline(true);
    server.setOffline(true);
    await failed;
    // The browser's HTTP cache is not the offline copy (a phone's is small and soon emptied): it holds
    // what the worker fetched, and would answer a request the worker let through (Pagefind's HEAD probe).
    await (await context.newCDPSession(reader.page)).send('Network.clearBrowserCache');
    // The worker's own fetches (a page's navigations and loads have other destinations) that got their answer.
    const firstAttempt = server.log
      .slice(before)
      .filter((r) => r.dest === 'empty' && r.answered)
      .map((r) => r.path);
    expect(firstAttempt.length, 'files of the second build saved before the signal was lost').toBeGreaterThan(10);

    // Offline: the completed first build answers, page and everything it loads, search included.
    reader.errors.length = 0;
    await reader.page.goto(`${server.url}chapters/4/`);
    expect(await footer(reader.page)).not.toContain('第二版');
    expect(await note(reader.page)).toMatch(/^离线阅读：您看到的是本设备保存的副本/u);
    expect(await panelLegend(reader.page), '/reader-tools.json of the same build as the page').toBe(SIZE_FIRST);
    await reader.page.goto(`${server.url}search/`);
    const truth = truthPassages(FIRST.dir);
    expect((await runQuery(reader.page, '工伤保险')).keys).toEqual(relevantKeys(truth, '工伤保险'));
    expect(await reader.page.locator('#search-note').textContent(), 'Pagefind ran from the copy (no fallback)').toBe('');
    expect(reader.errors).toEqual([]);
    // The half-saved copy is kept for the next attempt, and never read.
    expect(await cacheNames(reader.page)).toHaveLength(3);
    expect(await complete(reader.page)).toEqual([firstCopy]);

    // Online again: the next visit resumes the update, fetching only what the first attempt did not save.
    server.setOffline(false);
    server.holdPaths([]);
    await context.setOffline(false);
    const resumedFrom = server.log.length;
    await reader.page.goto(`${server.url}chapters/5/`);
    // The old tab (bound to the first build) hears of the second once it is complete: one line, at the top.
    await old.page.waitForFunction((text) => document.querySelector('[data-offline-note]')?.textContent === text, NEWER, { timeout: 60_000 });
    // (Its offline note is still there, hidden: the page says one thing.)
    expect(await old.page.locator('[data-offline-note]:visible').count()).toBe(1);
    const secondAttempt = server.log
      .slice(resumedFrom)
      .filter((r) => r.dest === 'empty')
      .map((r) => r.path);
    expect(secondAttempt).toContain(HELD);
    // (The page read is fetched by the worker too: a navigation it passes on loses its destination.)
    expect(
      secondAttempt.filter((p) => firstAttempt.includes(p) && p !== HELD && p !== 'chapters/5/'),
      'fetched again',
    ).toEqual([]);
    // The page read online from the second build is the second copy's own: nothing to say there.
    expect(await note(reader.page)).toBeNull();

    // The old tab's stylesheet and script are gone from the server, not from its copy: its tools still open.
    old.errors.length = 0;
    expect(await panelLegend(old.page)).toBe(SIZE_FIRST);
    expect(old.errors).toEqual([]);

    // Offline now, a page comes from the second build's copy.
    await context.setOffline(true);
    await reader.page.goto(`${server.url}chapters/6/`);
    expect(await footer(reader.page)).toContain(`${FOOTER}（第二版）`);
    expect(await panelLegend(reader.page)).toBe(SIZE_SECOND);
    expect(reader.errors).toEqual([]);
    await context.setOffline(false);

    // Once the old tab is closed, its copy goes at the next visit.
    await old.page.close();
    await reader.page.goto(`${server.url}chapters/7/`);
    await expect.poll(() => complete(reader.page), { timeout: 30_000 }).toHaveLength(1);
    expect(await complete(reader.page)).not.toContain(firstCopy);
  });
});

describe('an old tab without a service worker, after a new build replaced its files', () => {
  it('throws nothing: the reading tools say they could not load', async () => {
    const server = await serveSwitchable(FIRST.dir, FIRST.base);
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    try {
      const { page, errors } = await tab(context);
      await page.goto(`${server.url}chapters/3/`);
      server.serve(second);
      // Selecting text loads the copy-cleaning code; opening the panel loads the tools.
      await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('main p')!));
      await page.locator('.site-header details.tools > summary').click();
      await expect.poll(() => page.locator('[data-reader-sheet]').textContent()).toBe('无障碍工具未能加载，请检查网络后再打开');
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
