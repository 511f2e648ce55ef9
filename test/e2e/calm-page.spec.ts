/**
 * A calm page for a 68-year-old (issue 21), in Chromium: the plan's words first (a heading takes the
 * lines its words need, whatever the tools), every control within reach (44×44 CSS px on a touch
 * screen, one page of each kind), the repair mark as apparatus (named, printed with its meaning, left
 * out of copies), the chapter in sight on arrival at a section, 目录 and 上一节 / 下一节 mid-chapter, 大字
 * in one tap and a 无障碍 panel with 关闭 and without mouse or keyboard tools on a phone.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site.ts';
import { BROWSER_MODES, contextFor, DESKTOP_1366, type Mode } from '../support/layout.ts';
import { BUILDS } from '../support/paths.ts';
import { crawlPaths } from '../support/sitemap.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

/** Copies the page's selection with the keyboard, and what the clipboard then holds. */
const copied = async (page: Page): Promise<string> => {
  await page.keyboard.press('Control+C');
  return page.evaluate(() => navigator.clipboard.readText());
};

const build = BUILDS[0]!;
const site = useBrowserSite(build);

const phone = (width: number, height: number): BrowserContextOptions => ({ viewport: { width, height }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
const PHONE = phone(390, 844);

async function open(path: string, options: BrowserContextOptions, mode: Mode = 'default') {
  const context = await contextFor(site.browser, options, mode);
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  // The reading tools have run (they add the paragraph tools) where the page has plan text.
  await page.waitForFunction(() => document.querySelector('.para-tool') !== null || !document.querySelector('main [data-plan] p[id]'));
  return { page, context };
}

describe('headings take only the lines their words need', () => {
  /** Lines each plan heading takes on the page: the height of its wrapper (the heading and its tools) in the heading's lines. */
  const headingLines = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main :is(h1, h2, h3, h4, h5)[id]')]
        .filter((h) => h.closest('[data-plan]'))
        .map((h) => [h.id, Math.round((h.closest('.heading-wrap') ?? h).getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight))] as const),
    );

  const cases = (['chapters/3/', 'full/'] as const).flatMap((path) => BROWSER_MODES.map((mode) => [path, mode] as const));
  it.each(cases)('/%s (%s) at 320, 390 and 1366 px: each heading, with its tools, takes as many lines as its text alone', async (path, mode) => {
    const { page, context } = await open(path, { viewport: { width: 320, height: 740 } }, mode);
    const lines: Record<string, { withTools: unknown; focused: unknown }> = {};
    for (const width of [320, 390, 1366]) {
      await page.setViewportSize({ width, height: 740 });
      const withTools = await headingLines(page);
      expect(withTools.length).toBeGreaterThan(10);
      // Focusing a heading's 链接与引用 shows it over the heading, not among its words.
      await page.locator('.heading-wrap .para-tool').first().focus();
      lines[width] = { withTools, focused: await headingLines(page) };
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    }
    await page.evaluate(() => document.querySelectorAll('main .para-tool, main .heading-wrap [data-ui]').forEach((el) => el.remove()));
    for (const width of [320, 390, 1366]) {
      await page.setViewportSize({ width, height: 740 });
      const alone = await headingLines(page);
      expect(lines[width], `${width} px`).toEqual({ withTools: alone, focused: alone });
    }
    await context.close();
  });
});

/**
 * Controls on screen smaller than 44×44 CSS px: buttons, disclosures, fields (a checkbox or radio by
 * its label), and links that stand alone, in a bar, list, card or table cell; a link inside running
 * text (its block holds other words) is not a target of its own. A target stretched by an absolutely
 * placed ::before or ::after (a card's link covering the card) counts at that size. The paragraph
 * tools, out of sight until focused, are measured focused.
 */
const smallControls = (page: Page, paragraphTools = true) =>
  page.evaluate((paragraphTools) => {
    const out: string[] = [];
    const isInline = (el: Element) => getComputedStyle(el).display === 'inline';
    const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '');
    const size = (el: Element) => {
      const r = el.getBoundingClientRect();
      let [w, h] = [r.width, r.height];
      for (const pseudo of ['::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        if (s.content === 'none' || s.position !== 'absolute') continue;
        w = Math.max(w, parseFloat(s.width) || 0);
        h = Math.max(h, parseFloat(s.height) || 0);
      }
      return [w, h];
    };
    const measure = (el: Element) => {
      const [w, h] = size(el);
      if (w < 44 || h < 44) out.push(`${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20)} ${Math.round(w)}×${Math.round(h)}`);
    };
    for (const el of document.querySelectorAll('button, summary, input:not([type="hidden"]), select, textarea, a[href]')) {
      if (el.matches('.para-tool') || !el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.matches('a')) {
        let block: Element = el;
        while (isInline(block) && block.parentElement) block = block.parentElement;
        if (block !== el && words(block) !== words(el)) continue; // in running text
      }
      measure(el.matches('input') ? (el.closest('label') ?? el) : el);
    }
    for (const tool of [document.querySelector<HTMLElement>('.heading-wrap .para-tool'), document.querySelector<HTMLElement>('p > .para-tool')]) {
      if (!tool || !paragraphTools) continue;
      tool.focus();
      measure(tool);
      tool.blur();
    }
    return [...new Set(out)];
  }, paragraphTools);

describe('every control is at least 44×44 CSS px on a touch screen', () => {
  const indicator = crawlPaths(build).find((p) => /^indicators\/[^/]+\/$/.test(p) && !p.startsWith('indicators/charts/'))!;
  const KINDS = [
    '',
    'chapters/3/',
    'full/',
    'columns/',
    'errata/',
    'indicators/',
    indicator,
    'targets/',
    `search/?q=${encodeURIComponent('工伤保险')}`,
    'downloads/',
    'open-data/',
    '404.html',
  ];
  const cases = KINDS.flatMap((path) => (['default', 'xl', 'elder'] as const).map((mode) => [path, mode] as const));

  it.each(cases)('/%s (%s) at 390 px', async (path, mode) => {
    const { page, context } = await open(path, PHONE, mode);
    // Search results come in after the page has loaded.
    if (path.startsWith('search/')) await page.locator('#search-results li').first().waitFor();
    expect(await smallControls(page)).toEqual([]);
    await context.close();
  });

  it.each(['default', 'elder'] as const)('in the open 无障碍 panel, 分享 and a paragraph menu (%s)', async (mode) => {
    const { page, context } = await open('chapters/3/', PHONE, mode);
    await page.locator('.site-header details.tools > summary').click();
    await page.locator('.sheet [data-close]').waitFor();
    // Focus elsewhere would close the panel: its controls are measured as they are.
    const panel = await smallControls(page, false);
    await page.locator('.sheet [data-close]').click();
    await page.locator('details.share > summary').click();
    await page.locator('details.share [data-copy-link]').waitFor();
    const share = await smallControls(page, false);
    await page.locator('details.share > summary').click();
    await page.locator('#s3-2-p1').click({ position: { x: 10, y: 10 } });
    await page.locator('.para-menu').waitFor();
    const menu = await smallControls(page, false);
    expect({ panel, share, menu }).toEqual({ panel: [], share: [], menu: [] });
    await context.close();
  });
});

describe('the repair mark', () => {
  it('is a raised, bracketed note named for its entry, not a word joined to the title', async () => {
    const { page, context } = await open('', PHONE);
    const mark = page.getByRole('link', { name: '勘误说明第1条', exact: true });
    expect(await mark.textContent()).toBe('[勘误]');
    const look = await mark.evaluate((a) => {
      const h1 = a.closest('h1')!;
      return {
        raised: getComputedStyle(a.parentElement!).verticalAlign,
        smaller: parseFloat(getComputedStyle(a).fontSize) < parseFloat(getComputedStyle(h1).fontSize) * 0.8,
      };
    });
    expect(look).toEqual({ raised: 'super', smaller: true });
    await context.close();
  });

  it('is left out of copied text', async () => {
    const { page, context } = await open('', { ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main h1')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    // The copy handler loads on the first selection: until it has, the browser copies as usual.
    await expect.poll(() => copied(page)).toBe(PLAN_TITLE);
    await context.close();
  });

  it('keeps its meaning in print: printed with its number, and the page ends with where the list is', async () => {
    const { page, context } = await open('chapters/3/', DESKTOP_1366);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const a = document.querySelector('#s3-1-p1 .fix-ref a')!;
      return {
        visible: a.checkVisibility(),
        mark: getComputedStyle(a, '::before').content,
        note: getComputedStyle(document.querySelector('main')!, '::after').content,
      };
    });
    expect(printed.visible).toBe(true);
    expect(printed.mark).toMatch(/^"\[" attr\(aria-label\) "\]"$|^"\[勘误说明第\d+条\]"$/);
    expect(printed.note).toBe('"勘误说明：https://plan.test/errata/"');
    await context.close();
  });
});

describe('where am I, where next', () => {
  /** Sum of the layout shifts so far (CLS without the session windows: every shift counts). */
  const shifted = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
        }),
    );

  const arrivals = (['default', 'elder'] as const).flatMap((mode) => [phone(390, 844), phone(360, 740)].map((o) => [mode, o.viewport!.width, o] as const));
  it.each(arrivals)(
    'arriving at /chapters/3/#s3-2 (%s, %i px), the reader sees the chapter above the section, with no layout shift',
    async (mode, _, options) => {
      const { page, context } = await open('chapters/3/#s3-2', options, mode);
      await page.waitForLoadState('networkidle');
      const seen = await page.evaluate(() => {
        const crumb = document.querySelector('.breadcrumbs [aria-current="page"]')!;
        const r = crumb.getBoundingClientRect();
        const heading = document.getElementById('s3-2')!.getBoundingClientRect();
        const atCrumb = document.elementFromPoint(r.left + 4, r.top + r.height / 2);
        return {
          chapter: (atCrumb?.textContent ?? '').startsWith('第三章'),
          inView: r.top >= 0 && r.bottom <= heading.top && heading.top >= 0 && heading.bottom <= innerHeight,
          scrolled: scrollY > innerHeight,
        };
      });
      expect(seen).toEqual({ chapter: true, inView: true, scrolled: true });
      expect(await shifted(page)).toBe(0);
      await context.close();
    },
  );

  it('arriving at a section of 全文, the reader sees its chapter after 全文', async () => {
    const { page, context } = await open('full/#s3-2', PHONE, 'elder');
    await page.waitForFunction(() => document.querySelector('[data-where]')?.textContent === '第三章 健全多层次社会保障体系');
    expect(await page.locator('[data-where]').isVisible()).toBe(true);
    await context.close();
  });

  it('offers 目录, 上一节 and 下一节 mid-chapter, which go to the contents and the sections around the one in view', async () => {
    const { page, context } = await open('chapters/3/#s3-2', PHONE, 'elder');
    const dock = page.locator('.reader-dock');
    await dock.waitFor();
    const link = (name: string) => dock.getByRole('link', { name, exact: true });
    await expect.poll(() => link('上一节').getAttribute('href')).toBe('#s3-1');
    expect(await link('下一节').getAttribute('href')).toBe('#s3-3');
    await link('下一节').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#s3-3');
    await expect.poll(() => link('下一节').getAttribute('href')).toBe('#s3-4');
    const top = await page.locator('#s3-3').evaluate((h) => h.getBoundingClientRect().top);
    const bar = (await page.locator('.page-bar').boundingBox())!;
    expect(top).toBeGreaterThanOrEqual(bar.y + bar.height);
    await link('目录').click();
    await expect.poll(() => page.locator('details.toc-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('nav.page-toc a[href="#s3-3"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('大字 and the 无障碍 panel', () => {
  it('makes the text 特大 in one tap beside 分享, and 标准 again with another', async () => {
    const { page, context } = await open('chapters/3/', PHONE);
    const big = page.getByRole('button', { name: '大字' });
    const bodySize = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
    expect(await big.getAttribute('aria-pressed')).toBe('false');
    await big.click();
    await expect.poll(bodySize).toBe('27px');
    expect(await big.getAttribute('aria-pressed')).toBe('true');
    await big.click();
    await expect.poll(bodySize).toBe('18px');
    expect(await big.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('has 关闭, and on a phone no 大鼠标, 十字线 or shortcut keys, which a desktop keeps', async () => {
    const offered = async (options: BrowserContextOptions) => {
      const { page, context } = await open('chapters/3/', options);
      await page.locator('.site-header details.tools > summary').click();
      const close = page.locator('.sheet').getByRole('button', { name: '关闭' });
      await close.waitFor();
      const names = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.sheet :is(label, summary)')].filter((el) => el.checkVisibility()).map((el) => el.textContent!.trim()),
      );
      await close.click();
      const shut = await page.locator('.site-header details.tools').evaluate((d) => !(d as HTMLDetailsElement).open);
      await context.close();
      return { mouse: names.includes('大鼠标') && names.includes('十字线'), keys: names.includes('快捷键说明'), caption: names.includes('大字幕'), shut };
    };
    expect(await offered(PHONE)).toEqual({ mouse: false, keys: false, caption: true, shut: true });
    expect(await offered(DESKTOP_1366)).toEqual({ mouse: true, keys: true, caption: true, shut: true });
  });

  it('shows no 大字 without JavaScript, where it cannot work', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}chapters/3/`);
    expect(await page.locator('.big-text').isVisible()).toBe(false);
    expect(await page.locator('details.share > summary').isVisible()).toBe(true);
    await context.close();
  });
});

describe("a paragraph's tools, by a tap on its words", () => {
  it('opens its menu, says where it stands, and closes with 关闭 or another tap', async () => {
    const { page, context } = await open('chapters/3/', PHONE);
    const menu = page.locator('.para-menu');
    await page.locator('#s3-2-p1').click({ position: { x: 20, y: 10 } });
    await menu.waitFor();
    expect(await menu.locator('.para-where').textContent()).toBe('第三章第二节第1段');
    expect(await page.locator('#s3-2-p1 .para-tool').getAttribute('aria-expanded')).toBe('true');
    await menu.getByRole('button', { name: '关闭' }).click();
    expect(await menu.isVisible()).toBe(false);
    await page.locator('#s3-2').click();
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.locator('.para-where').textContent()).toBe('第三章第二节');
    await page.locator('#s3-2').click();
    await expect.poll(() => menu.isVisible()).toBe(false);
    await context.close();
  });
});
