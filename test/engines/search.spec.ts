/**
 * Search in WebKit and Firefox: the sample queries give exactly the passages Chromium must give (the
 * ground truth of test/support/search-truth.ts, which test/e2e/search.spec.ts holds Chromium to), and
 * a result, clicked, lands on its paragraph with the terms marked and the paragraph highlighted.
 */
import { expect, it } from 'vitest';
import { offOrigin } from '../support/engines/engine.ts';
import { describeEngines } from '../support/engines/use-engine.ts';
import { BUILDS } from '../support/paths.ts';
import { queryInPage } from '../support/search-page.ts';
import { browserQueries, relevantKeys, truthPassages } from '../support/search-truth.ts';

const passages = truthPassages(BUILDS[0]!.dir);

describeEngines('search', (ctx) => {
  it('returns exactly the passages that contain every term, for the sample query of each kind with the most results (every sample query in Node)', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}search/`);
    const wrong: string[] = [];
    for (const { q } of browserQueries(passages)) {
      const { keys } = await tab.evaluate(queryInPage, q);
      const want = relevantKeys(passages, q);
      if (keys.join() !== want.join()) wrong.push(`${q}: expected ${want.length} [${want.join(' ')}], got ${keys.length} [${keys.join(' ')}]`);
    }
    expect(wrong).toEqual([]);
    expect(await tab.errors()).toEqual([]);
    expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([]);
  });

  it("gives exactly the same results when Pagefind's files do not load, from the passage file, with a note", async () => {
    ctx.server.blocked.push('pagefind/');
    try {
      const tab = await ctx.open();
      await tab.setViewport(1280, 800);
      await tab.goto(`${ctx.server.url}search/`);
      const wrong: string[] = [];
      for (const { q } of browserQueries(passages)) {
        const { keys } = await tab.evaluate(queryInPage, q);
        const want = relevantKeys(passages, q);
        if (keys.join() !== want.join()) wrong.push(`${q}: expected ${want.length}, got ${keys.length}`);
      }
      expect(wrong).toEqual([]);
      expect(await tab.evaluate(() => document.getElementById('search-note')!.textContent)).toContain('已改用备用方式搜索');
      // What the engine says about the blocked loader is expected; nothing else, and no unhandled rejection.
      expect((await tab.errors()).filter((e) => !/pagefind/i.test(e) || /rejection/.test(e))).toEqual([]);
    } finally {
      ctx.server.blocked.length = 0;
    }
  });

  it('offers the other form of a term the plan uses, and the parts of a term found nowhere', async () => {
    const tab = await ctx.open();
    await tab.setViewport(390, 844);
    await tab.goto(`${ctx.server.url}search/`);
    const lines = async (q: string) => {
      await tab.evaluate(queryInPage, q);
      return tab.evaluate(() => [...document.querySelectorAll('#search-suggestions p')].map((p) => p.textContent));
    };
    const n = (q: string) => relevantKeys(passages, q).length;
    expect(await lines('社保卡')).toEqual([`规划中也写作：“社会保障卡”（${n('社会保障卡')}处）`]);
    expect((await lines('延迟退休'))[0]).toBe(`“延迟退休”中出现的部分：“延迟”（${n('延迟')}处）、“退休”（${n('退休')}处）`);
    expect(await tab.errors()).toEqual([]);
  });

  it('marks a term on the page a result opens across whitespace, and ignores a malformed hash', async () => {
    const tab = await ctx.open();
    const key = relevantKeys(passages, '1600名')[0]!;
    await tab.goto(`${ctx.server.url}${key.split('#')[0]}?hl=${encodeURIComponent('1600名')}#${key.split('#')[1]}`);
    expect(
      await tab.evaluate((id) => [...document.getElementById(id)!.querySelectorAll('mark.search-hit')].map((m) => m.textContent).join(''), key.split('#')[1]!),
    ).toBe('1600 名');
    await tab.goto(`${ctx.server.url}chapters/3/?hl=${encodeURIComponent('养老保险')}#%E0%A4%A`);
    expect(await tab.evaluate(() => document.querySelectorAll('mark.search-hit').length)).toBeGreaterThan(1);
    expect(await tab.errors()).toEqual([]);
  });

  it('links a result to its paragraph, which opens scrolled to, highlighted and with the terms marked', async () => {
    const tab = await ctx.open();
    await tab.setViewport(390, 844);
    const q = '川渝通办';
    await tab.goto(`${ctx.server.url}search/?q=${encodeURIComponent(q)}`);
    await tab.waitFor('the results of the query in the address', (query) => document.getElementById('search-results')?.dataset.query === query, q);
    const href = await tab.evaluate(() => document.querySelector<HTMLAnchorElement>('#search-results li a')!.getAttribute('href'));
    expect(href).toMatch(/^\/chapters\/\d+\/\?hl=[^#]+#[a-z0-9-]+$/);
    await tab.click('#search-results li a');
    await tab.waitFor('the chapter page', () => location.pathname.startsWith('/chapters/') && document.readyState === 'complete');
    const landed = await tab.evaluate(() => {
      const el = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
      const r = el.getBoundingClientRect();
      // The highlight colour, as the engine resolves the --mark custom property.
      const swatch = document.createElement('span');
      swatch.style.backgroundColor = getComputedStyle(el).getPropertyValue('--mark');
      document.body.append(swatch);
      const mark = getComputedStyle(swatch).backgroundColor;
      swatch.remove();
      return {
        target: el.matches(':target'),
        inView: r.top < innerHeight && r.bottom > 0,
        marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
        background: getComputedStyle(el).backgroundColor,
        mark,
      };
    });
    expect(landed.target).toBe(true);
    expect(landed.inView).toBe(true);
    expect(landed.marks.length).toBeGreaterThan(0);
    expect(landed.marks.every((m) => m === q)).toBe(true);
    expect(landed.background).toBe(landed.mark);
    expect(await tab.errors()).toEqual([]);
  });
});
