/**
 * The indicators on a narrow phone in WebKit and Firefox: an indicator page at 320 px (in a frame of
 * that width, below WebKit's window minimum) shows its chart as the phone image inside the viewport,
 * its tables as cards with every cell on screen, and nothing scrolls sideways; on /indicators/ each
 * Chart.js chart is drawn as wide as its container and inside the viewport. What Chromium measures
 * in more detail (each label and value inside its chart, tooltips) is in test/e2e/indicator-pages.spec.ts.
 */
import { expect, it } from 'vitest';
import { describeEngines } from '../support/engines/use-engine.ts';
import { FRAME_PATH } from '../support/engines/recording-server.ts';
import { dashboardCharts } from '../../src/lib/charts/charts.ts';

const NARROW = 320;

describeEngines('indicator pages on a narrow phone', (ctx) => {
  it.each(['plan14-provincial-hr-service-parks', 'plan14-pension-coverage-rate', 'plan13-professional-talent-ratio'])(
    `/indicators/%s/ at ${NARROW} px: the chart inside the viewport, every table cell on screen, no sideways scrolling`,
    async (id) => {
      const tab = await ctx.open();
      await tab.setViewport(ctx.engine.widths[0]!.width, 844);
      await tab.goto(`${ctx.server.url}${FRAME_PATH}`);
      await tab.evaluate(
        (src, w) =>
          new Promise<void>((resolve, reject) => {
            const frame = document.getElementById('frame') as HTMLIFrameElement;
            frame.style.width = `${w}px`;
            frame.style.height = '800px';
            setTimeout(() => reject(new Error('the page did not load in the frame within 30 s')), 30000);
            frame.onload = () => resolve();
            frame.src = src;
          }),
        `${ctx.server.url}indicators/${id}/`,
        NARROW,
      );
      await tab.waitFor('the chart image to load', () => {
        const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
        const img = doc.querySelector<HTMLImageElement>('figure.chart img');
        if (img) img.loading = 'eager';
        return !img || (img.complete && img.naturalWidth > 0);
      });
      const got = await tab.evaluate(() => {
        const doc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
        const root = doc.documentElement;
        const img = doc.querySelector<HTMLImageElement>('figure.chart img');
        const box = img?.getBoundingClientRect();
        const cells = [...doc.querySelectorAll<HTMLElement>('table.cards td, table.cards th, .dash td')]
          .filter((c) => c.getClientRects().length > 0)
          .filter((c) => {
            const r = c.getBoundingClientRect();
            return r.left < -0.5 || r.right > root.clientWidth + 0.5;
          })
          .map((c) => c.textContent);
        return {
          width: root.clientWidth,
          overflow: root.scrollWidth - root.clientWidth,
          image: img ? { src: img.currentSrc, left: box!.left, right: box!.right, width: box!.width } : null,
          cells,
          cards: [...doc.querySelectorAll('table.cards td')].every((c) => doc.defaultView!.getComputedStyle(c).display === 'block'),
        };
      });
      expect(got.width).toBe(NARROW);
      expect(got.overflow).toBe(0);
      expect(got.cells).toEqual([]);
      expect(got.cards).toBe(true);
      if (id === 'plan13-professional-talent-ratio') expect(got.image).toBeNull();
      else {
        expect(got.image!.src).toMatch(new RegExp(`${id}-320\\.svg$`, 'u'));
        expect(got.image!.left).toBeGreaterThanOrEqual(0);
        expect(got.image!.right).toBeLessThanOrEqual(NARROW);
        expect(got.image!.width).toBeGreaterThan(NARROW * 0.8);
      }
      expect(await tab.errors()).toEqual([]);
    },
  );

  it('draws each Chart.js chart of /indicators/ as wide as its container, inside the viewport', async () => {
    const tab = await ctx.open();
    const width = await tab.setViewport(390, 844);
    await tab.goto(`${ctx.server.url}indicators/`);
    for (const { spec } of dashboardCharts) {
      await tab.evaluate((id) => document.getElementById(`chart-${id}`)!.scrollIntoView({ block: 'center' }), spec.id);
      await tab.waitFor(`chart ${spec.id} to draw`, (id) => document.querySelector(`#chart-${id} .chart-frame.drawn canvas`) !== null, spec.id);
      const got = await tab.evaluate((id) => {
        const frame = document.querySelector(`#chart-${id} .chart-frame`)!.getBoundingClientRect();
        const canvas = document.querySelector(`#chart-${id} canvas`)!.getBoundingClientRect();
        return { frame: frame.width, canvas: canvas.width, left: canvas.left, right: canvas.right, viewport: document.documentElement.clientWidth };
      }, spec.id);
      expect(Math.abs(got.canvas - got.frame), spec.id).toBeLessThanOrEqual(1);
      expect(got.left, spec.id).toBeGreaterThanOrEqual(0);
      expect(got.right, spec.id).toBeLessThanOrEqual(got.viewport);
    }
    expect(await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `at ${width} px`).toBe(0);
    expect(await tab.errors()).toEqual([]);
  });
});
