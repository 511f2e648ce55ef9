/**
 * Reading offline in WebKit and Firefox. After one visit the service worker has the copy; then
 * the network goes away and a chapter reads, with the offline note, and the search finds exactly the
 * ground truth. Neither driver can take the worker offline: WebKit's classic WebDriver has no network
 * command, and Firefox's BiDi offline emulation (puppeteer's setOfflineMode, Firefox 153) cuts the
 * page's own requests but not its worker's, which still reached the server. So the server goes
 * offline instead, dropping every connection unanswered, as a lost signal does, for both engines.
 */
import { expect, it } from 'vitest';
import { offOrigin } from '../support/engines/engine.ts';
import { describeEngines } from '../support/engines/use-engine.ts';
import { BUILDS } from '../support/paths.ts';
import { queryInPage } from '../support/search-page.ts';
import { relevantKeys, truthPassages } from '../support/search-truth.ts';

const passages = truthPassages(BUILDS[0]!.dir);

describeEngines('reading offline', (ctx) => {
  it('reads a chapter and searches with the network gone, after one visit', async () => {
    const tab = await ctx.open();
    await tab.goto(ctx.server.url);
    await tab.waitFor('the service worker to keep the copy and control the page', () => navigator.serviceWorker?.controller?.state === 'activated');
    const before = ctx.server.log.length;
    ctx.server.setOffline(true);
    try {
      await tab.goto(`${ctx.server.url}chapters/3/`);
      expect(await tab.evaluate(() => document.querySelector('h1')?.textContent)).toBe('第三章 健全多层次社会保障体系');
      expect(await tab.evaluate(() => document.querySelector('[data-offline-note]')?.textContent ?? '')).toMatch(/^离线阅读：您看到的是本设备保存的副本/);
      await tab.goto(`${ctx.server.url}search/`);
      for (const q of ['养老保险', '川渝 通办']) expect((await tab.evaluate(queryInPage, q)).keys, q).toEqual(relevantKeys(passages, q));
      // Only the harness's error probe (WebKit) is answered while offline.
      expect(
        ctx.server.log.slice(before).filter((r) => r.status !== 0 && !new URL(r.url).pathname.includes('/__engines/')),
        'nothing of the site was answered while offline',
      ).toEqual([]);
    } finally {
      ctx.server.setOffline(false);
    }
    expect(await tab.errors()).toEqual([]);
    expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([]);
  });
});
