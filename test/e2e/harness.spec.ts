/** The harness itself: the system Chromium starts, the built site is served under its base, and pages load. */
import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from '../support/browser.ts';
import { BUILDS } from '../support/paths.ts';
import { liveSite } from '../support/live-site.ts';

const site = liveSite();
const { servers } = site;

describe.each(BUILDS.map((b, i) => ({ ...b, i })))('the site under $base in Chromium', ({ i }) => {
  it('opens a chapter page and follows the next-chapter link', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE);
    await page.goto(`${servers[i]!.url}chapters/2/`);
    expect(await page.locator('h1').textContent()).toBe('第二章 推动实现更加充分更高质量就业');
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/chapters\/3\/$/);
    expect(await page.locator('h1').textContent()).toContain('第三章');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers an unknown path with the Chinese 404 page', async () => {
    const { page, context } = await openPage(site.browser);
    const response = await page.goto(`${servers[i]!.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面未找到');
    await context.close();
  });
});
