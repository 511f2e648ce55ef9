/**
 * The indicators on a 360 px phone in Chromium: no page scrolls sideways (also in 长者模式 at 特大),
 * the tables become cards that show every column and still are tables to a screen reader, every
 * chart's labels and values lie inside it (the static SVGs measured by the browser, the Chart.js
 * canvas through Chart.js's own API), tooltips stay inside the chart, the indicator pages never fetch
 * Chart.js, every SVG parses, the citation copies, and print shows tables and charts without filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, type WatchedPage } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { browserPaths } from '../support/pages.ts';
import { BUILDS } from '../support/paths.ts';
import { storePrefs } from '../support/layout.ts';
import { allCharts, dashboardCharts } from '../../src/lib/charts/charts.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const site = useBrowserSite(BUILDS[0]!);
const PHONE_360 = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
const ELDER = JSON.stringify({ size: 'xl', theme: '', contrast: true, elder: true });
const isChartJs = (url: string) => /chart-runtime/.test(url);

/** How far the page reaches past the viewport's right edge (0: no sideways scrolling). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Cells of the card tables whose box leaves the viewport, as "table row: text". */
const cellsOffScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('table.cards td, .itable td')]
      .filter((td) => td.offsetParent !== null)
      .filter((td) => {
        const r = td.getBoundingClientRect();
        return r.left < 0 || r.right > document.documentElement.clientWidth + 0.5;
      })
      .map((td) => `${td.closest('table')!.id || td.closest('tr')!.id}: ${td.textContent}`),
  );

describe('at 360 px', () => {
  it('/indicators/ and the indicator pages have no sideways scrolling, and every table cell is on screen', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE_360);
    // The indicator pages of the sample (FULL=1: all of them; test/support/pages.ts).
    const indicatorPages = browserPaths(BUILDS[0]!).filter((p) => /^indicators\/[^/]+\/$/.test(p));
    for (const path of ['indicators/', ...indicatorPages, 'chapters/1/', 'open-data/']) {
      await page.goto(`${site.server.url}${path}`);
      expect(await overflow(page), path).toBe(0);
      expect(await cellsOffScreen(page), path).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in 长者模式 at 特大, /indicators/, chapter 1 and an indicator page still show every column without sideways scrolling', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE_360);
    await storePrefs(page, ELDER);
    for (const path of ['indicators/', 'chapters/1/', 'indicators/plan14-pension-coverage-rate/']) {
      await page.goto(`${site.server.url}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset.elder)).toBe('on');
      expect(await overflow(page), path).toBe(0);
      expect(await cellsOffScreen(page), path).toEqual([]);
      // Cards: each value after its column's name, one to a line.
      const card = await page.evaluate(() => getComputedStyle(document.querySelector('table.cards td, .itable td')!).display);
      expect(card, path).toBe('block');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the card tables are still tables to a screen reader: rows, column headers, row headers and cells', async () => {
    const { page, context } = await openPage(site.browser, PHONE_360);
    const session = await context.newCDPSession(page);
    for (const [path, selector] of [
      ['chapters/1/', '.itable table'],
      ['indicators/', '#indicators-2'],
    ] as const) {
      await page.goto(`${site.server.url}${path}`);
      expect(await page.evaluate((s) => getComputedStyle(document.querySelector(`${s} td`)!).display, selector)).toBe('block');
      const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; ignored: boolean }[] };
      const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
      for (const role of ['table', 'row', 'columnheader', 'rowheader', 'cell']) expect(roles, `${path} ${role}`).toContain(role);
      // The column names written before each value are not read out again.
      const label = await page.evaluate((s) => getComputedStyle(document.querySelector(`${s} td`)!, '::before').content, selector);
      expect(label).toMatch(/\/ ""$/u);
    }
    await context.close();
  });
});

describe('chart images', () => {
  // One tab for every image: a context of its own per image cost the suite a minute and a half.
  let tab: WatchedPage;
  beforeAll(async () => {
    tab = await openPage(site.browser);
  });
  afterAll(() => tab.context.close());

  it.each(allCharts.flatMap((c) => [c.narrow, c.wide, c.download].map((img) => [img.path, img] as const)))(
    '%s parses, and every label and value lies inside it, values after their bars',
    async (path) => {
      const { page } = tab;
      const response = await page.goto(`${site.server.url}${path}`);
      const text = await response!.text();
      const check = await page.evaluate((svgText) => {
        const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const parseError = parsed.querySelector('parsererror')?.textContent ?? null;
        const svg = document.querySelector('svg')!;
        const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
        const outside: string[] = [];
        const overlaps: string[] = [];
        for (const t of document.querySelectorAll<SVGTextElement>('text')) {
          const b = t.getBBox();
          if (b.x < -0.5 || b.y < -0.5 || b.x + b.width > width + 0.5 || b.y + b.height > height + 0.5)
            outside.push(`${t.textContent} ${JSON.stringify([b.x, b.width, width])}`);
        }
        for (const rect of document.querySelectorAll<SVGRectElement>('rect[data-bar]')) {
          const value = document.querySelector<SVGTextElement>(`text.v[data-bar="${rect.dataset.bar}"]`)!;
          const r = rect.getBBox();
          const v = value.getBBox();
          // The value starts after the bar's end (or after the zero line, for a fall).
          if (v.x < r.x + r.width - 0.5 && v.x < r.x) overlaps.push(value.textContent!);
        }
        const labels = document.querySelectorAll('text.l').length;
        return { parseError, outside, overlaps, labels, values: document.querySelectorAll('text.v').length };
      }, text);
      expect(check.parseError).toBeNull();
      expect(check.outside).toEqual([]);
      expect(check.overlaps).toEqual([]);
      expect(check.values).toBeGreaterThan(0);
    },
  );
});

describe('the Chart.js charts on /indicators/ at 360 px', () => {
  it('draw at the container’s width, every label and value inside the canvas, every tooltip inside the chart', async () => {
    const { page, context, errors } = await openPage(site.browser, PHONE_360);
    await page.goto(`${site.server.url}indicators/`);
    for (const { spec } of dashboardCharts) {
      await page.locator(`#chart-${spec.id}`).scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => document.querySelector(`#chart-${id} .chart-frame.drawn canvas`), spec.id);
      const result = await page.evaluate((id) => {
        const figure = document.getElementById(`chart-${id}`)!;
        const canvas = figure.querySelector('canvas')!;
        // The Chart.js chart that drew the canvas, and the texts its plugin wrote (src/scripts/chart-runtime.ts).
        const { chart, texts } = (canvas as unknown as { planChart(): import('../../src/scripts/chart-runtime.ts').PlanChart }).planChart();
        const box = canvas.getBoundingClientRect();
        const frame = figure.querySelector('.chart-frame')!.getBoundingClientRect();
        const outside = texts
          // Half a pixel either way: layout in fractions of a px (a label at y = -0.14) is not a clipped label.
          .filter((t) => t.x < -0.5 || t.y < -0.5 || t.x + t.width > box.width + 0.5 || t.y + t.height > box.height + 0.5)
          .map((t) => `${t.kind} ${t.bar}`);
        const meta = chart.getDatasetMeta(0);
        const data = chart.data.datasets[0]!.data as unknown as { x: number | null }[];
        // The value of each bar is written after its end (right of the zero line for a fall).
        const misplaced = texts
          .filter((t) => t.kind === 'value' && data[t.bar]!.x !== null)
          .filter((t) => {
            const bar = meta.data[t.bar] as unknown as { x: number; base: number };
            return t.x < Math.max(bar.x, bar.base) - 0.5 && t.x < bar.base;
          })
          .map((t) => t.bar);
        const tooltips: string[] = [];
        for (let i = 0; i < data.length; i++) {
          if (data[i]!.x === null) continue;
          const el = meta.data[i] as unknown as { x: number; y: number };
          chart.tooltip!.setActiveElements([{ datasetIndex: 0, index: i }], { x: el.x, y: el.y });
          chart.update();
          const tip = chart.tooltip!;
          if (tip.x < 0 || tip.y < 0 || tip.x + tip.width > chart.width + 0.5 || tip.y + tip.height > chart.height + 0.5)
            tooltips.push(`${i}: ${tip.x},${tip.width} of ${chart.width}`);
        }
        chart.tooltip!.setActiveElements([], { x: 0, y: 0 });
        chart.update();
        const bars = new Set(texts.filter((t) => t.kind !== 'axis').map((t) => `${t.kind} ${t.bar}`));
        return {
          outside,
          misplaced,
          tooltips,
          width: box.width,
          frame: frame.width,
          right: box.right,
          viewport: innerWidth,
          written: bars.size,
          axis: texts.filter((t) => t.kind === 'axis').length,
        };
      }, spec.id);
      expect(result.outside, spec.id).toEqual([]);
      expect(result.misplaced, spec.id).toEqual([]);
      expect(result.tooltips, spec.id).toEqual([]);
      // A value per bar, a label per bar that has one (a pair's second bar has none), the axis title written.
      expect(result.written, `${spec.id}: a label and a value per bar`).toBe(spec.bars.length + spec.bars.filter((b) => b.label).length);
      expect(result.axis, `${spec.id}: the axis title`).toBeGreaterThan(0);
      expect(Math.abs(result.width - result.frame), `${spec.id}: canvas as wide as its container`).toBeLessThanOrEqual(1);
      expect(result.right).toBeLessThanOrEqual(result.viewport);
    }
    expect(await overflow(page)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('an indicator page', () => {
  it('shows its chart as the static image at the reader’s width and never fetches Chart.js', async () => {
    const { page, context, errors, requests } = await openPage(site.browser, PHONE_360);
    await page.goto(`${site.server.url}indicators/plan14-provincial-hr-service-parks/`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const img = page.locator('figure.chart img');
    await page.waitForFunction(() => (document.querySelector('figure.chart img') as HTMLImageElement).complete);
    expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/plan14-provincial-hr-service-parks-320\.svg$/u);
    const box = await img.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    expect(requests.filter(isChartJs)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies its citation with the page’s address', async () => {
    const { page, context, errors } = await openPage(site.browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.goto(`${site.server.url}indicators/plan14-pension-coverage-rate/`);
    await page.locator('[data-copy]').click();
    await expect.poll(() => page.locator('[data-cite] [role="status"]').textContent()).toBe('已复制引用');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `《${PLAN_TITLE}》专栏2第8项“基本养老保险参保率”，https://plan.test/indicators/plan14-pension-coverage-rate/`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('copies its citation without the async clipboard (plain http on an intranet), the copy buffer out of sight', async () => {
    const { page, context, errors } = await openPage(site.browser);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
      // The buffer's rendered position when its text is selected (it is gone by the time the click returns).
      const select = HTMLTextAreaElement.prototype.select;
      HTMLTextAreaElement.prototype.select = function (this: HTMLTextAreaElement) {
        (window as unknown as { __buffer: string }).__buffer = `${getComputedStyle(this).position} ${getComputedStyle(this).opacity}`;
        select.call(this);
      };
    });
    await page.goto(`${site.server.url}indicators/plan14-pension-coverage-rate/`);
    await page.locator('[data-copy]').scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    await page.locator('[data-copy]').click();
    await expect.poll(() => page.locator('[data-cite] [role="status"]').textContent()).toBe('已复制引用');
    expect(await page.evaluate(() => (window as unknown as { __buffer: string }).__buffer)).toBe('fixed 0');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  it.each(['indicators/', 'indicators/plan14-pension-coverage-rate/'])(
    '%s prints tables with their charts, without filter forms or downloads',
    async (path) => {
      const { page, context } = await openPage(site.browser);
      await page.goto(`${site.server.url}${path}`);
      if (path === 'indicators/') {
        // Draw one chart with Chart.js first: print still shows the static image, not the canvas.
        await page.locator('#chart-scorecard-13').scrollIntoViewIfNeeded();
        await page.waitForFunction(() => document.querySelector('#chart-scorecard-13 .chart-frame.drawn'));
      }
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
        return {
          filters: [...document.querySelectorAll('form.filter')].some(visible),
          images: [...document.querySelectorAll('figure.chart img')].every(visible) && document.querySelectorAll('figure.chart img').length > 0,
          canvases: [...document.querySelectorAll('.chart-canvas')].some(visible),
          tables: [...document.querySelectorAll('main table')].filter(visible).map((t) => getComputedStyle(t).display),
          header: visible(document.querySelector('.site-header')),
        };
      });
      expect(shown.filters).toBe(false);
      expect(shown.images).toBe(true);
      expect(shown.canvases).toBe(false);
      expect(shown.header).toBe(false);
      expect(shown.tables.length).toBeGreaterThan(0);
      expect(new Set(shown.tables)).toEqual(new Set(['table']));
      await context.close();
    },
  );
});

describe('the Chart.js charts on /indicators/ in 长者模式 at 390 px', () => {
  it('keep their tick labels level, write the axis title on lines of their own and every text inside the canvas', async () => {
    const { page, context, errors } = await openPage(site.browser, { ...PHONE_360, viewport: { width: 390, height: 844 } });
    await storePrefs(page, ELDER);
    await page.goto(`${site.server.url}indicators/`);
    for (const { spec } of dashboardCharts) {
      await page.locator(`#chart-${spec.id}`).scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => document.querySelector(`#chart-${id} .chart-frame.drawn canvas`), spec.id);
      const result = await page.evaluate((id) => {
        const canvas = document.querySelector<HTMLCanvasElement>(`#chart-${id} canvas`)!;
        const { chart, texts } = (canvas as unknown as { planChart(): import('../../src/scripts/chart-runtime.ts').PlanChart }).planChart();
        const box = canvas.getBoundingClientRect();
        const x = chart.scales.x as unknown as { labelRotation: number; bottom: number };
        const axis = texts.filter((t) => t.kind === 'axis');
        return {
          rotation: x.labelRotation,
          // Half a pixel either way: the plot's height is rounded to whole pixels, the rows' places are not.
          outside: texts
            .filter((t) => t.x < -0.5 || t.y < -0.5 || t.x + t.width > box.width + 0.5 || t.y + t.height > box.height + 0.5)
            .map((t) => `${t.kind} ${t.bar}`),
          axisBelowTicks: axis.length > 0 && axis.every((t) => t.y >= x.bottom),
        };
      }, spec.id);
      expect(result.rotation, spec.id).toBe(0);
      expect(result.outside, spec.id).toEqual([]);
      expect(result.axisBelowTicks, spec.id).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('layout shift', () => {
  // Lighthouse measured CLS 0.042 on /indicators/: the filter form appeared when its script ran and
  // pushed the table down. Measured here as Lighthouse does, with the browser's layout-shift entries.
  it.each(['indicators/', 'targets/'])('/%s does not shift while it loads on a slow connection', async (path) => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 1366, height: 768 } });
    // Lighthouse's slow 4G and a slower processor: the page paints before its scripts have run, as a
    // reader's phone does (on loopback the scripts would run before the first paint and hide a shift).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; sources: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (!e.hadRecentInput)
            w.shifts.push({ value: e.value, sources: e.sources.map((s) => (s.node instanceof Element ? s.node.className : String(s.node))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    // The page's scripts have run: the filter form is wired (its count is written on the first input).
    await page.locator('form[data-filter]').first().waitFor({ state: 'visible' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
    await context.close();
  });
});
