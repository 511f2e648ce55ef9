/**
 * With JavaScript switched off, every page reads and every navigation works: the heading and the text
 * are there, the 目录 menu opens (it is a <details> element) and its links lead to their pages.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { PHONE } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';

const build = BUILDS[0]!;
const site = useBrowserSite(build);
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({ ...PHONE, javaScriptEnabled: false });
});

describe('with JavaScript off, on a phone', () => {
  it.each(browserPaths(build).map((p) => [label(p), p]))('%s shows its heading and text, and its 目录 menu opens to working links', async (_, path) => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}${path}`);
    // A long page can take a while to lay out on a busy machine: wait for the heading instead of polling briefly.
    await page.locator('h1').waitFor({ state: 'visible', timeout: 15_000 });
    const text = await page.locator('main').innerText();
    expect(text.replace(/\s+/g, '').length).toBeGreaterThan(20);

    const summary = page.locator('header details.menu summary');
    await summary.click();
    const links = page.locator('header details.menu[open] a[href]');
    expect(await links.count()).toBeGreaterThan(10);
    for (const link of await links.all()) expect(await link.isVisible(), await link.innerText()).toBe(true);
    await summary.click();
    expect(await page.locator('header details[open]').count()).toBe(0);
    // The reading tools need JavaScript: their button is not shown.
    expect(await page.locator('header details.tools').isVisible()).toBe(false);
    await page.close();
  });

  it("the header's 搜索 opens the search box, which searches on the search page", async () => {
    const page = await context.newPage();
    await page.goto(`${site.server.url}chapters/3/`);
    expect(await page.locator('#site-search-q').isVisible()).toBe(false);
    await page.locator('header details.search-fold > summary').click();
    await page.locator('#site-search-q').fill('养老');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=养老');
    await page.close();
  });

  it('a reader moves from the home page to a chapter through the menu, then on with 下一章', async () => {
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.locator('header details.menu summary').click();
    await page.locator('header details[open] a', { hasText: '第三章' }).click();
    await page.waitForURL(/chapters\/3\/$/);
    expect(await page.locator('h1').innerText()).toContain('第三章');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/chapters\/4\/$/);
    expect(await page.locator('h1').innerText()).toContain('第四章');
    await page.close();
  });
});
