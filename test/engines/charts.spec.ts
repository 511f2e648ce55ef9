/**
 * The indicator charts in WebKit and Firefox: Chart.js is not fetched until a chart scrolls near the
 * viewport, then each chart draws (its canvas has painted pixels) and its static image gives way.
 */
import { expect, it } from 'vitest';
import { offOrigin } from '../support/engines/engine.ts';
import { describeEngines } from '../support/engines/use-engine.ts';
import { dashboardCharts as charts } from '../../src/lib/charts/charts.ts';

/**
 * Runs in the page: the Chart.js files the page itself has fetched (it comes with the drawing code of
 * LazyChart.astro, which src/scripts/charts.ts loads). The page's resource timing, not the test
 * server's log: the offline worker fetches every file of the site after the first load, Chart.js too,
 * and the server sees those requests (WebKit's proxy shows them all).
 */
const chartJsLoads = () => performance.getEntriesByType('resource').filter((e) => /LazyChart\./.test(e.name)).length;

describeEngines('charts', (ctx) => {
  it('draws every chart on /indicators/ when it is scrolled to, and loads Chart.js only then', async () => {
    const tab = await ctx.open();
    await tab.setViewport(390, 844);
    await tab.goto(`${ctx.server.url}indicators/`);
    expect(await tab.evaluate(chartJsLoads), 'Chart.js before any chart is in view').toBe(0);
    for (const { spec } of charts) {
      await tab.evaluate((id) => document.getElementById(`chart-${id}`)!.scrollIntoView({ block: 'center' }), spec.id);
      await tab.waitFor(`chart ${spec.id} to draw`, (id) => document.querySelector(`#chart-${id} .chart-frame.drawn canvas`) !== null, spec.id);
      const drawn = await tab.evaluate((id) => {
        const figure = document.getElementById(`chart-${id}`)!;
        const canvas = figure.querySelector('canvas')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) painted++;
        const img = figure.querySelector('img');
        return { painted, imageShown: img ? img.getBoundingClientRect().height > 0 : false };
      }, spec.id);
      expect(drawn.painted, spec.id).toBeGreaterThan(1000);
      expect(drawn.imageShown, `${spec.id}: the static image still shows`).toBe(false);
    }
    expect(await tab.evaluate(chartJsLoads)).toBe(1);
    expect(tab.requests().filter((r) => offOrigin(r, ctx.server.origin))).toEqual([]);
    expect(await tab.errors()).toEqual([]);
  });
});
