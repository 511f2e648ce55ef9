/**
 * The data tables on phones, in Chromium: on /targets/ and on one page of every other kind that has
 * a data table (the dashboard, an indicator page with a chart, one whose figures are a table, the
 * open-data page, chapter 1's 专栏 tables), at 320 and 390 px in 默认, 大, 特大 and 长者模式: every
 * cell's text (each line box of it, measured with a Range) lies inside the screen, no cell clips its
 * text, and no table box scrolls sideways (the page's own scrolling is the layout test's; a box that
 * scrolls inside a page that does not was how /targets/ hid "425万人以上" behind "425万人以").
 * One context per mode and width, the pages loaded in turn.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site.ts';
import { contextFor, PHONE_320, PHONE_390, type Mode } from '../support/layout.ts';
import { BUILDS } from '../support/paths.ts';

const site = useBrowserSite(BUILDS[0]!);
const PAGES = ['targets/', 'indicators/', 'indicators/plan14-urban-new-jobs/', 'indicators/plan13-professional-talent-ratio/', 'open-data/', 'chapters/1/'];
const MODES: Mode[] = ['default', 'l', 'xl', 'elder'];
const SIZES = [PHONE_320, PHONE_390];

/** Every table cell whose text leaves the screen or its own box, and every table box that scrolls sideways. */
const tableProblems = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const where = (el: Element) =>
      `${el.closest('table')?.id || el.closest('[id]')?.id || el.closest('table')?.className || 'table'}: “${(el.textContent ?? '').trim().slice(0, 24)}”`;
    for (const cell of document.querySelectorAll<HTMLElement>('main table th, main table td')) {
      if (cell.getClientRects().length === 0) continue;
      // The header row of a table shown as cards is kept for screen readers only (a 1 px clipped box).
      const head = cell.closest('thead');
      if (head && getComputedStyle(head).position === 'absolute') continue;
      const box = cell.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(cell);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.left < -0.5 || r.right > width + 0.5) out.push(`${where(cell)} text at ${Math.round(r.left)}–${Math.round(r.right)} of ${width}`);
        else if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push(`${where(cell)} text outside its cell`);
      }
      if (cell.scrollWidth > cell.clientWidth + 1 && getComputedStyle(cell).overflowX !== 'visible') out.push(`${where(cell)} clips its text`);
    }
    for (const scroller of document.querySelectorAll<HTMLElement>('main .table-scroll, main .itable')) {
      if (scroller.getClientRects().length === 0) continue;
      if (scroller.scrollWidth > scroller.clientWidth + 1)
        out.push(`${where(scroller.querySelector('table') ?? scroller)} box scrolls sideways (${scroller.scrollWidth} in ${scroller.clientWidth})`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} in ${width})`);
    return out;
  });

describe('data tables on phones', () => {
  it.each(MODES.flatMap((mode) => SIZES.map((size) => [mode, size.viewport.width, size] as const)))(
    'in %s at %i px, every cell’s text is whole on screen and no table scrolls sideways',
    async (mode, _, size) => {
      const context = await contextFor(site.browser, size, mode);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of PAGES) {
        await page.goto(`${site.server.url}${path}`);
        problems.push(...(await tableProblems(page)).map((p) => `/${path} ${p}`));
      }
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  // Between phone and desktop the tables switch to cards where they would no longer fit: at the tablet
  // width and at 特大 on a small laptop, where the dashboard's seven columns needed 46 rem.
  it.each([
    ['default', 768],
    ['elder', 1024],
  ] as const)('in %s at %i px, no table scrolls sideways either', async (mode, width) => {
    const context = await contextFor(site.browser, { viewport: { width, height: 900 } }, mode);
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${site.server.url}${path}`);
      problems.push(...(await tableProblems(page)).map((p) => `/${path} ${p}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows /targets/ as cards on a phone, each value after its column’s name, and as a table on a desktop', async () => {
    const context = await contextFor(site.browser, PHONE_320, 'elder');
    const page = await context.newPage();
    await page.goto(`${site.server.url}targets/`);
    const cell = page.locator('#t-s1-3-p3-a td[data-label="数值"]');
    expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toMatch(/^"数值："/u);
    expect(await cell.textContent()).toBe('425万人以上');
    await page.setViewportSize({ width: 1366, height: 768 });
    await context.close();
    const desktop = await site.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const wide = await desktop.newPage();
    await wide.goto(`${site.server.url}targets/`);
    expect(await wide.locator('#t-s1-3-p3-a td[data-label="数值"]').evaluate((td) => getComputedStyle(td).display)).toBe('table-cell');
    await desktop.close();
  });
});
