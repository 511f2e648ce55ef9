/**
 * Keyboard use: the skip link comes first and leads into the main content; Tab reaches every visible
 * control, each with a visible focus indicator; the phone 目录 menu opens with Enter, closes with
 * Escape (focus back on 目录) and when the reader clicks or tabs elsewhere.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, openPage, PHONE } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';

const build = BUILDS[0]!;
const site = useBrowserSite(build);

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** What recordFocus() keeps on the page's window: each element focused, and whether it showed a ring. */
interface FocusSeen {
  focusSeen: Array<{ html: string; ring: boolean }>;
}

/**
 * Records, in the page, each element that Tab focuses: marked as reached (so the set of reached
 * elements can be compared) and checked for a visible focus ring as it gets focus. One round trip per
 * key press instead of two.
 */
const recordFocus = (page: Page) =>
  page.evaluate(() => {
    const seen: FocusSeen['focusSeen'] = [];
    (window as unknown as FocusSeen).focusSeen = seen;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      el.dataset.reached = '';
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      seen.push({ html: el.outerHTML.slice(0, 120), ring });
    });
  });

describe('keyboard', () => {
  it.each(browserPaths(build).map((p) => [label(p), p]))('%s: Tab reaches every visible control, each with a visible focus ring', async (_, path) => {
    const { page, context, errors } = await openPage(site.browser, DESKTOP);
    await page.goto(`${site.server.url}${path}`);
    const total = await page.evaluate((sel) => [...document.querySelectorAll<HTMLElement>(sel)].filter((el) => el.checkVisibility()).length, FOCUSABLE);
    await recordFocus(page);
    for (let i = 0; i < total + 3; i += 1) await page.keyboard.press('Tab');
    const noRing = await page.evaluate(() => (window as unknown as FocusSeen).focusSeen.filter((f) => !f.ring).map((f) => f.html));
    const missed = await page.evaluate((sel) => {
      // A radio group is one Tab stop (arrow keys move inside it), so reaching one radio reaches the group.
      const groupReached = (el: HTMLElement) =>
        el instanceof HTMLInputElement &&
        el.type === 'radio' &&
        [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${el.name}"]`)].some((r) => 'reached' in r.dataset);
      return [...document.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.checkVisibility() && !('reached' in el.dataset) && !groupReached(el))
        .map((el) => el.outerHTML.slice(0, 120));
    }, FOCUSABLE);
    expect(missed).toEqual([]);
    expect(noRing).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(browserPaths(build).map((p) => [label(p), p]))('%s: the first Tab shows the skip link, which leads into the main content', async (_, path) => {
    const { page, context } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}${path}`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);
    await page.keyboard.press('Tab');
    const afterSkip = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const el = document.activeElement!;
      return main.contains(el) || Boolean(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(afterSkip).toBe(true);
    await context.close();
  });
});

describe('the 目录 menu on a phone', () => {
  const isOpen = (page: Page) => page.locator('header details.menu').evaluate((d) => (d as HTMLDetailsElement).open);
  const summaryFocused = (page: Page) => page.locator('header details.menu summary').evaluate((s) => s === document.activeElement);

  async function tabToSummary(page: Page): Promise<void> {
    for (let i = 0; i < 20 && !(await summaryFocused(page)); i += 1) await page.keyboard.press('Tab');
    expect(await summaryFocused(page)).toBe(true);
  }

  it('opens with Enter, lets Tab into its links, and Escape closes it with focus back on 目录', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}chapters/2/`);
    await tabToSummary(page);
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('details') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await summaryFocused(page)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes when the reader taps outside it or tabs out of it', async () => {
    const { page, context } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}chapters/2/`);
    await page.locator('header details.menu summary').click();
    expect(await isOpen(page)).toBe(true);
    // The open panel covers most of the screen: tap its free bottom edge.
    await page.mouse.click(PHONE.viewport.width / 2, PHONE.viewport.height - 5);
    expect(await isOpen(page)).toBe(false);

    await page.reload();
    await tabToSummary(page);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    expect(await isOpen(page)).toBe(false);
    await context.close();
  });

  it('still opens and closes from the keyboard with JavaScript off', async () => {
    const context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}chapters/2/`);
    await tabToSummary(page);
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(false);
    await context.close();
  });
});

describe("the header's 无障碍 panel by keyboard", () => {
  it('opens with Enter, lets Tab into its controls, changes the text size with the arrow keys, and Escape closes it with focus back on 无障碍', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}chapters/2/`);
    const summary = page.locator('header details.tools > summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((s) => s === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.tools-panel [data-elder]').waitFor({ state: 'visible' });
    // 关闭 first: on a phone the panel covers the page and its 无障碍 button may be out of sight.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-close'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-elder'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-simple'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('reader-size');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.documentElement.dataset.size)).toBe('l');
    await page.keyboard.press('Escape');
    expect(await page.locator('header details.tools').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await summary.evaluate((s) => s === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
