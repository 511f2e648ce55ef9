/**
 * The charts in a real browser: each one draws (its canvas is not blank) once scrolled into view,
 * Chart.js is fetched only then and only on the dashboard, the filters work, nothing errs.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, openPage, PHONE } from '../support/browser.ts';
import { browserBuilds } from '../support/pages.ts';
import { useSites } from '../support/sites.ts';
import { dashboardCharts as charts } from '../../src/lib/charts/charts.ts';
import { indicators } from '../../src/data/indicators.ts';

const sites = useSites();

// Chart.js comes with the drawing code of LazyChart.astro (src/scripts/charts.ts loads it).
const isChartJs = (url: string) => /LazyChart\.|chart-runtime/.test(url);

describe.each(browserBuilds())('charts under $base', ({ i }) => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('every chart draws on /indicators/ (%s), with no console errors', async (_, device) => {
    const { page, context, errors, requests } = await openPage(sites.browser(), device);
    await page.goto(`${sites.server(i).url}indicators/`);
    expect(requests.some(isChartJs)).toBe(false);
    for (const { spec } of charts) {
      const figure = page.locator(`#chart-${spec.id}`);
      await figure.scrollIntoViewIfNeeded();
      const canvas = figure.locator('canvas');
      await canvas.waitFor({ state: 'attached' });
      await page.waitForFunction((id) => document.querySelector(`#chart-${id} .chart-frame.drawn`), spec.id);
      // Not blank: some pixels are painted.
      const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let k = 3; k < data.length; k += 4) if (data[k]! > 0) n++;
        return n;
      });
      expect(painted, spec.id).toBeGreaterThan(1000);
      expect(await figure.locator('img').isVisible()).toBe(false);
    }
    expect(requests.filter(isChartJs)).toHaveLength(1);
    expect(requests.every((url) => url.startsWith(sites.server(i).origin))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('chapter 1 shows the tables and loads no chart code', async () => {
    const { page, context, errors, requests } = await openPage(sites.browser(), PHONE);
    await page.goto(`${sites.server(i).url}chapters/1/`);
    await page.locator('#column-2-r9').scrollIntoViewIfNeeded();
    expect(await page.locator('#column-2-r9 th').textContent()).toBe('9.失业保险参保人数（万人）');
    // Every page loads the header (menus, search shortcut) and reading-tools modules; nothing else may load.
    expect(requests.filter((u) => u.endsWith('.js') && !/\/(SiteHeader|ReaderStatus)\./.test(u))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters the dashboard by attribute and category', async () => {
    const { page, context, errors } = await openPage(sites.browser(), DESKTOP);
    await page.goto(`${sites.server(i).url}indicators/`);
    const form = page.locator('form[data-filter="indicators-2"]');
    await form.waitFor({ state: 'visible' });
    await form.locator('select[name="attribute"]').selectOption('binding');
    const visible = page.locator('#indicators-2 tr[data-row]:visible');
    expect(await visible.count()).toBe(indicators.filter((x) => x.attribute === 'binding').length);
    expect(await form.locator('[role="status"]').textContent()).toBe('显示2项');
    await form.locator('select[name="attribute"]').selectOption('');
    await form.locator('select[name="category"]').selectOption('employment');
    expect(await visible.count()).toBe(indicators.filter((x) => x.column === 2 && x.category === 'employment').length);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches the targets list', async () => {
    const { page, context, errors } = await openPage(sites.browser(), PHONE);
    await page.goto(`${sites.server(i).url}targets/`);
    await page.locator('form[data-filter] input[name="q"]').fill('马兰花');
    expect(await page.locator('#targets-table tr[data-row]:visible').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the dashboard shows the static chart images, every row, and no filter form', async () => {
    const context = await sites.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sites.server(0).url}indicators/`);
    for (const { spec } of charts) {
      const img = page.locator(`#chart-${spec.id} img`);
      await img.scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => (document.querySelector(`#chart-${id} img`) as HTMLImageElement).complete, spec.id);
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    }
    expect(await page.locator('#indicators-2 tr[data-row]:visible').count()).toBe(27);
    expect(await page.locator('form[data-filter]').isVisible()).toBe(false);
    await context.close();
  });
});
