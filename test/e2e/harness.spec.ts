/** The harness itself: the system Chromium starts, the built site is served under its base, and pages load. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, PHONE } from '../support/browser.ts';
import { serveSite, type SiteServer } from '../support/server.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt } from '../support/dist.ts';

let browser: Browser;
const servers: SiteServer[] = [];

beforeAll(async () => {
  for (const build of BUILDS) assertBuilt(build.dir);
  browser = await launchBrowser();
  for (const build of BUILDS) servers.push(await serveSite(build.dir, build.base));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe.each(BUILDS.map((b, i) => ({ ...b, i })))('the site under $base in Chromium', ({ i }) => {
  it('opens a chapter page and follows the next-chapter link', async () => {
    const { page, context, errors } = await openPage(browser, PHONE);
    await page.goto(`${servers[i]!.url}chapters/2/`);
    expect(await page.locator('h1').textContent()).toBe('第二章 推动实现更加充分更高质量就业');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/chapters\/3\/$/);
    expect(await page.locator('h1').textContent()).toContain('第三章');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers an unknown path with the Chinese 404 page', async () => {
    const { page, context } = await openPage(browser);
    const response = await page.goto(`${servers[i]!.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面未找到');
    await context.close();
  });
});
