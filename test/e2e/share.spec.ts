/**
 * 分享 in Chromium: the QR code is fetched only when the panel opens (with JavaScript), the panel
 * opens without JavaScript and shows the code and the address, and with JavaScript 复制链接 copies the address.
 */
import { describe, expect, it } from 'vitest';
import { openPage, PHONE } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';

const build = BUILDS[0]!;
const site = useBrowserSite(build);

describe('分享', () => {
  it('loads the QR code only when the panel opens', async () => {
    const { page, context, requests } = await openPage(site.browser, PHONE);
    await page.goto(`${site.server.url}chapters/3/`, { waitUntil: 'networkidle' });
    expect(requests.filter((u) => u.endsWith('qr.svg'))).toEqual([]);
    await page.locator('details.share > summary').click();
    await expect.poll(() => page.locator('details.share img').evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(requests.filter((u) => u.endsWith('qr.svg'))).toEqual([`${site.server.url}chapters/3/qr.svg`]);
    await context.close();
  });

  // Without JavaScript browsers load lazy images at once (lazy loading needs scripting), so the code comes with the page.
  it('opens without JavaScript and shows the QR code and the address', async () => {
    const { page, context } = await openPage(site.browser, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${site.server.url}chapters/3/`);
    await page.locator('details.share > summary').click();
    const img = page.locator('details.share img');
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    const box = await img.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(150);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.viewport.width);
    expect(await page.locator('details.share [data-share-url]').textContent()).toBe('https://plan.test/chapters/3/');
    expect(await page.locator('details.share [data-copy-link]').isVisible()).toBe(false);
    await context.close();
  });

  it('copies the page address with 复制链接', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.goto(`${site.server.url}columns/`);
    await page.locator('details.share > summary').click();
    await page.locator('details.share [data-copy-link]').click();
    await expect.poll(() => page.locator('.toast').textContent()).toBe('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://plan.test/columns/');
    expect(errors).toEqual([]);
    await context.close();
  });
});
