/**
 * The phone-first layout in WebKit (Safari, WeChat on an iPhone) and Firefox: a chapter's first
 * screen shows its title and the first line of plan text with default settings and in 长者模式;
 * 本章目录 is folded there; the header's 搜索 and 无障碍 open from their buttons; and on a wide
 * screen 本章目录 stands open beside the text (each engine shows a closed <details>'s list through
 * ::details-content).
 */
import { expect, it } from 'vitest';
import type { EngineTab } from '../support/engines/engine.ts';
import { describeEngines } from '../support/engines/use-engine.ts';
import { PREFS_KEY } from '../../src/reader/prefs.ts';

const HEIGHT = 844;

/** Runs in the page: where the title and the first plan paragraph are, and the first line's height. */
function firstScreen() {
  const h1 = document.querySelector('main h1')!.getBoundingClientRect();
  const p = document.querySelector('[data-plan] p')!;
  const toc = document.querySelector<HTMLDetailsElement>('details.toc-fold')!;
  const tocLink = document.querySelector('.page-toc a')!;
  return {
    titleBottom: h1.bottom + scrollY,
    textTop: p.getBoundingClientRect().top + scrollY,
    line: parseFloat(getComputedStyle(p).lineHeight),
    fontSize: getComputedStyle(document.body).fontSize,
    tocOpen: toc.open,
    // checkVisibility: a closed <details> hides its content with content-visibility where ::details-content
    // exists (Firefox, WebKit now too), and such content still has boxes.
    tocLinkShown: tocLink.checkVisibility(),
    width: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  };
}

async function phone(tab: EngineTab): Promise<number> {
  // WebKit's window cannot be narrower than its minimum (447 px): the phone width there.
  return tab.setViewport(390, HEIGHT);
}

describeEngines('phone layout', (ctx) => {
  it('shows the chapter title and the first line of plan text on the first screen, default and in 长者模式', async () => {
    const tab = await ctx.open();
    const width = await phone(tab);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    const plain = await tab.evaluate(firstScreen);
    expect(plain.titleBottom).toBeLessThanOrEqual(HEIGHT);
    expect(plain.textTop + plain.line).toBeLessThanOrEqual(HEIGHT);
    expect(plain).toMatchObject({ fontSize: '18px', tocOpen: false, tocLinkShown: false, width });

    await tab.evaluate((key, value) => localStorage.setItem(key, value), PREFS_KEY, JSON.stringify({ size: 'xl', contrast: true, elder: true }));
    await tab.reload();
    const elder = await tab.evaluate(firstScreen);
    expect(elder.fontSize).toBe('27px');
    expect(elder.titleBottom).toBeLessThanOrEqual(HEIGHT);
    expect(elder.textTop + elder.line, `first plan text at y=${Math.round(elder.textTop)}`).toBeLessThanOrEqual(HEIGHT);
    expect(elder.width).toBe(width);
    expect(await tab.errors()).toEqual([]);
  });

  it('opens the search box and the reading tools from their header buttons', async () => {
    const tab = await ctx.open();
    await phone(tab);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    await tab.waitFor('the reading tools', () => document.querySelector('.para-tool') !== null);
    const shown = (selector: string) => tab.evaluate((s: string) => document.querySelector(s)!.checkVisibility(), selector);
    expect(await shown('#site-search-q')).toBe(false);
    await tab.click('.site-header .search-fold > summary');
    expect(await shown('#site-search-q')).toBe(true);
    await tab.click('.site-header .tools > summary');
    // The panel's controls are built when it first opens.
    await tab.waitFor("the reading tools' controls", () => document.querySelector('.tools-panel [data-elder]')?.checkVisibility() ?? false);
    // One open at a time: the header's disclosures share a name.
    expect(await shown('#site-search-q')).toBe(false);
    expect(await tab.errors()).toEqual([]);
  });

  it('stands 本章目录 open beside the text on a wide screen, the sidebar listing the chapters', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}chapters/3/`);
    const wide = await tab.evaluate(() => {
      const toc = document.querySelector('nav.page-toc')!.getBoundingClientRect();
      const link = document.querySelector('.page-toc a[href="#s3-5"]')!;
      return {
        tocLeft: toc.left,
        linkShown: link.checkVisibility(),
        sections: document.querySelector('nav.sidebar .sections')!.getClientRects().length > 0,
        summary: document.querySelector('.toc-fold > summary')!.getClientRects().length > 0,
      };
    });
    expect(wide).toMatchObject({ linkShown: true, sections: false, summary: false });
    expect(wide.tocLeft).toBeGreaterThan(1280 * 0.65);
    expect(await tab.errors()).toEqual([]);
  });
});
