/**
 * Downloads and reading offline in WebKit and Firefox. The 下载 page's files come with their types,
 * and the .docx unzips in the engine itself (its word/document.xml inflated with the engine's own
 * DecompressionStream holds the plan's title). After one visit the service worker has the copy; then
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

/** Runs in the page: every link of the 下载 page's lists with the status and type it is served with. */
async function downloads() {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('ul.files a')].map((a) => a.getAttribute('href')!);
  return Promise.all(
    links.map(async (href) => {
      const r = await fetch(href);
      return { href, status: r.status, type: r.headers.get('Content-Type') ?? '' };
    }),
  );
}

/** Runs in the page: inflates word/document.xml of the .docx with the engine's DecompressionStream and returns its first characters of text. */
async function docxText(href: string) {
  const zip = new Uint8Array(await (await fetch(href)).arrayBuffer());
  const view = new DataView(zip.buffer);
  const decoder = new TextDecoder();
  // Local file headers, one after the other: signature, method, sizes, name, then the data.
  for (let at = 0; view.getUint32(at, true) === 0x04034b50; ) {
    const method = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = decoder.decode(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extra;
    const data = zip.subarray(start, start + size);
    if (name === 'word/document.xml') {
      const bytes = method === 0 ? data : new Uint8Array(await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer());
      const xml = decoder.decode(bytes);
      return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').slice(0, 40);
    }
    at = start + size;
  }
  return 'word/document.xml not found';
}

describeEngines('downloads and reading offline', (ctx) => {
  it('serves every file of the 下载 page with its type, and the .docx unzips with the plan in it', async () => {
    const tab = await ctx.open();
    await tab.goto(`${ctx.server.url}downloads/`);
    const files = await tab.evaluate(downloads);
    expect(files.length).toBeGreaterThanOrEqual(9);
    const type = (end: string) => files.find((f) => f.href.endsWith(end))!.type;
    expect(files.filter((f) => f.status !== 200)).toEqual([]);
    expect(type('plan.docx')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(type('plan.txt')).toMatch(/^text\/plain/);
    expect(type('plan.md')).toMatch(/^text\/markdown/);
    expect(type('plan-passages.json')).toMatch(/^application\/json/);
    expect(await tab.evaluate(docxText, `${ctx.server.url}downloads/plan.docx`)).toMatch(/^四川省人力资源和社会保障事业发展“十四五”规划/u);
    expect(await tab.errors()).toEqual([]);
  });

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
      expect(ctx.server.log.slice(before).filter((r) => r.status !== 0 && !new URL(r.url).pathname.includes('/__engines/')), 'nothing of the site was answered while offline').toEqual([]);
    } finally {
      ctx.server.setOffline(false);
    }
    expect(await tab.errors()).toEqual([]);
    expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([]);
  });
});
