/**
 * Screenshots for a person to look at (not compared): every kind of page, at phone (390×844) and
 * desktop (1366×768) size, with default settings and in 长者模式, each as its first screen (what a
 * reader sees on opening a shared link) and as the whole page. Written to test-results/screenshots/
 * (git-ignored) as <page>-<size>-<mode>-first.png and …-full.png; and the dashboard and an indicator
 * page at 390 and 1366 px with every chart drawn.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserSite } from '../support/browser-site.ts';
import { contextFor, DESKTOP_1366, PHONE_390, type Mode } from '../support/layout.ts';
import { BUILDS, ROOT } from '../support/paths.ts';

const OUT = join(ROOT, 'test-results/screenshots');
const build = BUILDS[0]!;
const PAGES = [
  { name: 'home', path: '' },
  { name: 'chapter', path: 'chapters/3/' },
  { name: 'full', path: 'full/' },
  { name: 'columns', path: 'columns/' },
  { name: 'errata', path: 'errata/' },
  { name: 'indicators', path: 'indicators/' },
  { name: 'targets', path: 'targets/' },
  { name: 'search', path: `search/?q=${encodeURIComponent('养老保险')}` },
  { name: '404', path: 'no-such-page/' },
];
const SIZES = [
  { size: 'phone', options: { ...PHONE_390, deviceScaleFactor: 2 } },
  { size: 'desktop', options: DESKTOP_1366 },
];
const MODES: Mode[] = ['default', 'elder'];

/** The indicator pages at the widths the issue asks for, scrolled through so every chart is drawn. */
const INDICATOR_PAGES = [
  { name: 'indicators', path: 'indicators/' },
  { name: 'indicator-pension-coverage-rate', path: 'indicators/plan14-pension-coverage-rate/' },
];
const INDICATOR_WIDTHS = [390, 1366];

const site = useBrowserSite(build);
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});
describe('screenshots', () => {
  it.each(PAGES)('$name (/$path) is captured at phone and desktop size, default and in 长者模式', async ({ name, path }) => {
    for (const { size, options } of SIZES) {
      for (const mode of MODES) {
        const context = await contextFor(site.browser, options, mode);
        const page = await context.newPage();
        await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
        if (path.startsWith('search/')) await page.waitForSelector('#search-results li', { timeout: 15_000 });
        const base = join(OUT, `${name}-${size}-${mode}`);
        await page.screenshot({ path: `${base}-first.png` });
        await page.screenshot({ path: `${base}-full.png`, fullPage: true });
        expect(statSync(`${base}-first.png`).size).toBeGreaterThan(1000);
        await context.close();
      }
    }
  });
});

describe('indicator screenshots', () => {
  it.each(INDICATOR_PAGES)('$name ($path) is captured at 390 and 1366 px, every chart drawn', async ({ name, path }) => {
    for (const width of INDICATOR_WIDTHS) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, isMobile: width < 600, hasTouch: width < 600 });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
      for (const figure of await page.locator('figure[data-chart]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await figure.locator('.chart-frame.drawn').waitFor();
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      const file = join(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(1000);
      await context.close();
    }
  });
});
