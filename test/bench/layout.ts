/**
 * Where reading starts, in Chromium: for home, a chapter, /indicators/ and /search/ (with a query),
 * at 390×844 and 1366×768, with default settings and in 长者模式: the y of the first plan text, the
 * share of the first screen that is plan text, and the page width. Prints a Markdown table; `-- --write`
 * puts it into docs/figures.md. Definitions in test/support/layout.ts.
 *
 *   npm run build && npm run bench:layout
 */
import { launchBrowser } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt } from '../support/dist.ts';
import { contextFor, DESKTOP_1366, measureLayout, PHONE_390, type Mode } from '../support/layout.ts';
import { report } from './figures.ts';

const PAGES = [
  { name: 'home', path: '' },
  { name: 'chapter 3', path: 'chapters/3/' },
  { name: '/indicators/', path: 'indicators/' },
  { name: '/search/?q=养老保险', path: `search/?q=${encodeURIComponent('养老保险')}` },
];
const SIZES = [
  { name: '390×844', options: PHONE_390 },
  { name: '1366×768', options: DESKTOP_1366 },
];
const MODE_NAMES: [Mode, string][] = [
  ['default', 'default'],
  ['elder', '长者模式'],
];

const build = BUILDS[0]!;
assertBuilt(build.dir);
const browser = await launchBrowser();
const server = await serveSite(build.dir, build.base);
const out = report('layout');
try {
  const rows = ['| page | screen | mode | first plan text y | plan text in first screen | page width |', '| --- | --- | --- | ---: | ---: | ---: |'];
  for (const p of PAGES) {
    for (const size of SIZES) {
      for (const [mode, modeName] of MODE_NAMES) {
        const context = await contextFor(browser, size.options, mode);
        const page = await context.newPage();
        await page.goto(`${server.url}${p.path}`, { waitUntil: 'networkidle' });
        if (p.path.startsWith('search/')) await page.waitForSelector('#search-results li', { timeout: 15_000 }).catch(() => undefined);
        const m = await measureLayout(page);
        await context.close();
        const y = m.firstTextY === null ? '—' : String(Math.round(m.firstTextY));
        const width = m.width > m.viewportWidth ? `**${m.width} px**` : `${m.width} px`;
        rows.push(`| ${p.name} | ${size.name} | ${modeName} | ${y} | ${Math.round(m.planShare * 100)} % | ${width} |`);
      }
    }
  }
  out.log(`Where reading starts (Chromium ${browser.version()}; y in CSS px from the top; width in bold when wider than the screen):\n`);
  out.log(rows.join('\n'));
  out.done();
} finally {
  await browser.close();
  await server.close();
}
