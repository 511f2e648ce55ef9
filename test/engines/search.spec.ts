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
import { relevantKeys, sampleQueries, truthPassages } from '../support/search-truth.ts';

const passages = truthPassages(BUILDS[0]!.dir);

describeEngines('search', (ctx) => {
  it('returns exactly the passages that contain every term, for every sample query', async () => {
    const tab = await ctx.open();
    await tab.setViewport(1280, 800);
    await tab.goto(`${ctx.server.url}search/`);
    const wrong: string[] = [];
    for (const { q } of sampleQueries()) {
      const { keys } = await tab.evaluate(queryInPage, q);
      const want = relevantKeys(passages, q);
      if (keys.join() !== want.join()) wrong.push(`${q}: expected ${want.length} [${want.join(' ')}], got ${keys.length} [${keys.join(' ')}]`);
    }
    expect(wrong).toEqual([]);
    expect(await tab.errors()).toEqual([]);
    expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([]);
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
