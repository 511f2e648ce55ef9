/**
 * Screenshots for a person to look at (not compared): home, a chapter, the indicators and the search
 * page, whichever exist in the build, at phone and desktop size, written to test-results/screenshots/
 * (git-ignored).
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
