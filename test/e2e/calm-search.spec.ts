/**
 * The search page as a phone reader meets it (issue 21), in Chromium: after a query the count and
 * the first result are on the first screen, by default and in 长者模式, at 390×844 and at 360×740,
 * with how search works and the filters folded away until asked for. Without JavaScript, the search
 * page and /full/ give advice that works on a phone (the browser's own 在页面中查找, the chapter and
 * 专栏 lists) and never tell a phone to press Ctrl+F; the search box keeps the words typed, and the
 * filters, which need the script, are not shown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { DESKTOP, PHONE } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { contextFor, type Mode } from '../support/layout.ts';
import { BUILDS } from '../support/paths.ts';

const site = useBrowserSite(BUILDS[0]!);
const Q = '工伤保险';

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe('search on a phone', () => {
  it.each([
    ['default', 390, 844],
    ['elder', 390, 844],
    ['default', 360, 740],
    ['elder', 360, 740],
  ] as [Mode, number, number][])('shows the count and the first result on the first screen (%s, %i×%i)', async (mode, width, height) => {
    context = await contextFor(site.browser, { viewport: { width, height }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }, mode);
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(Q)}`);
    await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, Q);
    const at = await page.evaluate(() => ({
      status: document.getElementById('search-status')!.getBoundingClientRect().bottom,
      first: document.querySelector('#search-results li')!.getBoundingClientRect().top,
      elder: document.documentElement.hasAttribute('data-elder'),
    }));
    expect(at.elder, 'the mode applied').toBe(mode === 'elder');
    expect(at.status).toBeLessThan(height);
    expect(at.first).toBeLessThan(height);
  });

  it('keeps the filters folded, naming in their summary those the address chose', async () => {
    context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('农民工')}&ch=7&kind=column`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '农民工');
    expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();
    expect(await page.locator('#search-chapter').isVisible()).toBe(false);
    expect(await page.locator('#search-filters > summary').innerText()).toMatch(/^筛选结果：第七章.*、专栏$/u);
    expect(await page.locator('#search-status').textContent()).toContain('筛选后');
  });
});

describe('without JavaScript', () => {
  it('the search page keeps the words typed, shows no filters, and advises what works on a phone', async () => {
    context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.fill('#search-q', Q);
    await page.click('#search-form button[type="submit"]');
    await page.press('#search-q', 'Enter');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.inputValue('#search-q')).toBe(Q);
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    expect(await page.locator('#search-form details.help').isVisible()).toBe(false);
    const notice = page.locator('main .notice');
    expect(await notice.innerText()).toContain('“在页面中查找”');
    expect(
      await notice
        .locator('a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash)),
    ).toEqual(['/full/', '/#home-chapters', '/columns/']);
    expect(await page.locator('main').innerText()).not.toMatch(/Ctrl|⌘/u);
  });

  it("/full/ advises the browser's own 在页面中查找 and the 专栏 list, and no Ctrl+F, on a phone", async () => {
    context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}full/`);
    const intro = await page.locator('main p.intro').innerText();
    expect(intro).toContain('“在页面中查找”');
    expect(intro).toContain('专栏一览');
    expect(await page.locator('main').innerText()).not.toMatch(/Ctrl|⌘/u);
  });

  it("offers the keyboard's Ctrl+F only where there is a mouse or touchpad", async () => {
    context = await site.browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}full/`);
    expect(await page.locator('main p.intro').innerText()).toContain('Ctrl+F');
  });
});
