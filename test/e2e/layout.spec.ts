/**
 * The layout a reader gets, in Chromium. Phones (390×844): the first screen of every chapter shows
 * its title and the first line of plan text, with default settings and in 长者模式 at 特大; heading
 * tools never take width from the heading's text; 本章目录 is folded. Every page, at 320 and 390 px
 * and every text size and in 长者模式: no sideways scrolling, and every control's text follows the
 * text size. Desktop: one navigation per job (no 本章目录 box beside a sidebar that lists the
 * sections), and the width used. Definitions of "plan text" in test/support/layout.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site.ts';
import { BROWSER_MODES, contextFor, DESKTOP_1366, measureLayout, PHONE_390, type Mode } from '../support/layout.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';

const build = BUILDS[0]!;
const site = useBrowserSite(build);
/** The chapters of the sample (every chapter with FULL=1): the heaviest, the longest title, the widest table. */
const CHAPTERS = browserPaths(build).filter((p) => /^chapters\/\d+\/$/u.test(p));

async function open(path: string, options: typeof PHONE_390 | typeof DESKTOP_1366 | { viewport: { width: number; height: number } }, mode: Mode) {
  const context = await contextFor(site.browser, options, mode);
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  // The tools' script has run (it adds the paragraph tools) where the page has plan text.
  await page.waitForFunction(() => document.querySelector('.para-tool') !== null || !document.querySelector('main [data-plan] p[id]'));
  return { page, context };
}

/** The height of one line of the first plan paragraph. */
const firstLineHeight = (page: Page) =>
  page.evaluate(() => {
    const p = document.querySelector('[data-plan] p')!;
    return parseFloat(getComputedStyle(p).lineHeight);
  });

describe('the first screen on a 390×844 phone', () => {
  it.each(CHAPTERS.flatMap((path) => (['default', 'elder'] as const).map((mode) => [path, mode] as const)))(
    '/%s (%s) shows the chapter title and the first line of plan text',
    async (path, mode) => {
      const { page, context } = await open(path, PHONE_390, mode);
      const m = await measureLayout(page);
      const line = await firstLineHeight(page);
      expect(m.titleBottom!, 'the whole title is on the first screen').toBeLessThanOrEqual(844);
      expect(m.firstTextY! + line, `the first line of plan text (at y=${Math.round(m.firstTextY!)}) is on the first screen`).toBeLessThanOrEqual(844);
      if (mode === 'elder') expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('27px');
      await context.close();
    },
  );

  it.each(['default', 'elder'] as const)('the home page (%s) shows the plan title and the first line of its text', async (mode) => {
    const { page, context } = await open('', PHONE_390, mode);
    const m = await measureLayout(page);
    expect(m.titleBottom!).toBeLessThanOrEqual(844);
    expect(m.firstTextY! + (await firstLineHeight(page))).toBeLessThanOrEqual(844);
    await context.close();
  });

  it('folds 本章目录 (a disclosure that opens without JavaScript) and puts nothing else between title and text', async () => {
    const context = await site.browser.newContext({ ...PHONE_390, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}chapters/5/`);
    const toc = page.locator('details.toc-fold');
    expect(await toc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.page-toc a').first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await page.locator('.page-toc a').first().isVisible()).toBe(true);
    // Between the h1 and the first paragraph: the folded contents only.
    const between = await page.evaluate(() => {
      const h1 = document.querySelector('main h1')!.closest('.heading-wrap')!;
      const out: string[] = [];
      for (let el = h1.nextElementSibling; el && !el.matches('.plan-body'); el = el.nextElementSibling) out.push(el.className);
      return out;
    });
    expect(between).toEqual(['toc-fold']);
    await context.close();
  });

  it('keeps heading tools out of the heading text: the text uses the full width, the tools follow its last line', async () => {
    const { page, context } = await open('chapters/3/', PHONE_390, 'elder');
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      for (const wrap of document.querySelectorAll<HTMLElement>('main .heading-wrap')) {
        const heading = wrap.querySelector(':is(h1, h2, h3, h4, h5)')!;
        // The heading's line boxes: an inline element has a rectangle per line (or several, around its spans).
        const byTop = new Map<number, { left: number; right: number; top: number }>();
        for (const r of heading.getClientRects()) {
          const key = Math.round(r.top);
          const line = byTop.get(key);
          byTop.set(
            key,
            line ? { left: Math.min(line.left, r.left), right: Math.max(line.right, r.right), top: r.top } : { left: r.left, right: r.right, top: r.top },
          );
        }
        const lines = [...byTop.values()].map((l) => ({ ...l, width: l.right - l.left }));
        const wrapBox = wrap.getBoundingClientRect();
        const parent = getComputedStyle(wrap.parentElement!);
        const parentWidth = wrap.parentElement!.clientWidth - parseFloat(parent.paddingLeft) - parseFloat(parent.paddingRight);
        if (Math.abs(wrapBox.width - parentWidth) > 1) out.push(`${heading.id}: its line is ${wrapBox.width}px of ${parentWidth}px`);
        const last = lines.at(-1)!;
        for (const tool of wrap.querySelectorAll<HTMLElement>('.heading-link, .para-tool')) {
          const box = tool.getBoundingClientRect();
          if (box.bottom < last.top) out.push(`${heading.id}: ${tool.className} stands beside an earlier line than the heading's last`);
        }
        if (lines.length > 1 && lines.slice(0, -1).some((r) => r.width < wrapBox.width * 0.5)) out.push(`${heading.id}: a line shorter than half the width`);
      }
      return out;
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('no sideways scrolling, and controls that follow the text size', () => {
  it.each(browserPaths(build).flatMap((path) => BROWSER_MODES.map((mode) => [label(path), mode, path] as const)))(
    '%s fits 390 and 320 px wide screens (%s)',
    async (_, mode, path) => {
      const { page, context } = await open(path, PHONE_390, mode);
      const wide: string[] = [];
      for (const width of [390, 320]) {
        await page.setViewportSize({ width, height: 700 });
        const sw = await page.evaluate(() => document.documentElement.scrollWidth);
        if (sw > width) wide.push(`${width} px: the page is ${sw} px wide`);
      }
      expect(wide).toEqual([]);
      if (mode === 'xl') {
        // 特大 is 150 %: no control keeps a small fixed size (the header's 搜索 button stayed at 13 px).
        const small = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, input, select, summary, .btn')]
            .filter((el) => el.checkVisibility() && parseFloat(getComputedStyle(el).fontSize) < 20)
            .map((el) => `${el.outerHTML.slice(0, 80)}: ${getComputedStyle(el).fontSize}`),
        );
        expect(small).toEqual([]);
      }
      await context.close();
    },
  );

  it('the 无障碍 panel fits a 320 px screen at 特大 and scrolls inside itself', async () => {
    const { page, context } = await open('chapters/3/', { viewport: { width: 320, height: 640 } }, 'xl');
    await page.locator('.site-header details.tools > summary').click();
    const box = await page.locator('.tools-panel').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Its last control can be scrolled to within the panel.
    await page.locator('.tools-panel [data-print]').scrollIntoViewIfNeeded();
    expect(await page.locator('.tools-panel [data-print]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('wide screens: one navigation per job, and the width used', () => {
  it('at 1366×768 the sidebar lists the chapters and 本章目录 stands open on the right', async () => {
    const { page, context } = await open('chapters/3/', DESKTOP_1366, 'default');
    expect(await page.locator('nav.sidebar').isVisible()).toBe(true);
    expect(await page.locator('nav.sidebar .sections').isVisible()).toBe(false);
    expect(await page.locator('.toc-fold summary').isVisible()).toBe(false);
    const toc = await page.locator('nav.page-toc').boundingBox();
    expect(toc!.x).toBeGreaterThan(1366 * 0.7);
    expect(await page.locator('nav.page-toc a[href="#s3-5"]').isVisible()).toBe(true);
    const m = await measureLayout(page);
    expect(m.firstTextY!).toBeLessThan(300);
    await context.close();
  });

  it("at 1024 px the sidebar lists this chapter's sections and no 本章目录 box repeats them", async () => {
    const { page, context } = await open('chapters/3/', { viewport: { width: 1024, height: 768 } }, 'default');
    expect(await page.locator('nav.sidebar .sections a[href="#s3-5"]').isVisible()).toBe(true);
    expect(await page.locator('.toc-fold').isVisible()).toBe(false);
    await context.close();
  });

  it('in 长者模式 one column, with 本章目录 folded above the text', async () => {
    const { page, context } = await open('chapters/3/', DESKTOP_1366, 'elder');
    expect(await page.locator('nav.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.toc-fold > summary').isVisible()).toBe(true);
    expect(await page.locator('nav.page-toc a[href="#s3-5"]').isVisible()).toBe(false);
    await context.close();
  });
});
