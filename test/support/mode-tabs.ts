/**
 * Tabs kept across the reader's modes a test file tries, one per device (phone, desktop): each mode's
 * stored choices and system colour scheme are set and the page is loaded again. A new context per mode
 * meant a new renderer, which compiles and warms axe-core again, over a second of every axe run: the
 * mode matrix of reader.spec.ts took 47 s that way and 15 s this way.
 */
import { afterAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { openPage, type WatchedPage } from './browser.ts';
import { DEFAULT_PREFS, PREFS_KEY, prefsAttributes, type ReaderPrefs } from '../../src/reader/prefs.ts';

export interface ModeVisit {
  page: Page;
  /** Console errors and uncaught exceptions since this visit began. */
  errors(): string[];
  /** URLs requested since this visit began. */
  requests(): string[];
}

/**
 * Returns visit(url, device, colorScheme, prefs): the device's tab (made on first use, `init` run on its
 * page once, e.g. a stub added as an init script) showing `url` in that mode, once the reading tools
 * have run. It checks that the stored choices are the page's: each attribute they set is on <html>,
 * none left from the mode before. Call at the top level of a test file; the tabs close after it.
 */
export function modeTabs(browser: () => Browser, init?: (page: Page) => Promise<unknown>) {
  const tabs = new Map<BrowserContextOptions, WatchedPage>();
  afterAll(async () => {
    for (const tab of tabs.values()) await tab.context.close();
    tabs.clear();
  });
  return async (url: string, device: BrowserContextOptions, colorScheme: BrowserContextOptions['colorScheme'], prefs: object): Promise<ModeVisit> => {
    let tab = tabs.get(device);
    if (!tab) {
      tab = await openPage(browser(), device);
      await init?.(tab.page);
      tabs.set(device, tab);
      await tab.page.goto(url);
    }
    const { page, errors, requests } = tab;
    const [errorsBefore, requestsBefore] = [errors.length, requests.length];
    await page.emulateMedia({ colorScheme: colorScheme ?? 'light' });
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PREFS_KEY, JSON.stringify(prefs)]);
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('.para-tool') !== null || !document.querySelector('main [data-plan]'));
    const wanted = prefsAttributes({ ...DEFAULT_PREFS, ...prefs } as ReaderPrefs);
    const found = await page.evaluate((names) => names.map((name) => document.documentElement.getAttribute(name)), Object.keys(wanted));
    if (JSON.stringify(found) !== JSON.stringify(Object.values(wanted)))
      throw new Error(`modeTabs: <html> has ${JSON.stringify(found)} for ${JSON.stringify(Object.keys(wanted))}, not ${JSON.stringify(Object.values(wanted))}`);
    return { page, errors: () => errors.slice(errorsBefore), requests: () => requests.slice(requestsBefore) };
  };
}
