/**
 * Screenshots for a person to look at (not compared): home, a chapter, the indicators and the search
 * page, whichever exist in the build, at phone and desktop size, and the dashboard and an indicator
 * page at 390 and 1366 px with every chart drawn, written to test-results/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS, ROOT } from '../support/paths.ts';

const OUT = join(ROOT, 'test-results/screenshots');
const build = BUILDS[0]!;
const PAGES = [
  { name: 'home', path: '' },
  { name: 'chapter', path: 'chapters/2/' },
  { name: 'indicators', path: 'indicators/' },
  { name: 'search', path: 'search/' },
].filter((p) => existsSync(join(build.dir, p.path, 'index.html')));
const SIZES = [
  { size: 'phone', options: PHONE },
  { size: 'desktop', options: DESKTOP },
];

/** The indicator pages at the widths the issue asks for, scrolled through so every chart is drawn. */
const INDICATOR_PAGES = [
  { name: 'indicators', path: 'indicators/' },
  { name: 'indicator-pension-coverage-rate', path: 'indicators/plan14-pension-coverage-rate/' },
];
const INDICATOR_WIDTHS = [390, 1366];

const site = useBrowserSite(build);
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
});
describe('screenshots', () => {
  it.each(PAGES)('$name ($path) is captured at phone and desktop size', async ({ name, path }) => {
    for (const { size, options } of SIZES) {
      const context = await site.browser.newContext({ ...options, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
      const file = join(OUT, `${name}-${size}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size).toBeGreaterThan(1000);
      await context.close();
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
