/**
 * The Chart.js side of the charts: registers only the bar chart, its two scales and the tooltip, plus
 * one plugin that writes what the static SVG writes (each label above its bar, wrapped to the width;
 * each value at its bar's end, on a box of the background so no line crosses it; the axis title,
 * wrapped; the reference line; the break mark of a cut bar), and turns the JSON
 * configuration of a figure into a chart at the container's width. Text follows the reader's text
 * size; colours written as var(--chart-…) are read from the page, and re-read when the theme changes.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartJsonConfig } from '../lib/charts/to-chartjs-config.ts';
import { LAYOUT } from '../lib/charts/layout.ts';
import { wrapText } from '../lib/charts/wrap-text.ts';

/** A text the plugin wrote, in CSS px of the canvas: what the tests check lies inside the chart. */
export interface DrawnText {
  /** The bar's index; -1 for a line of the axis title. */
  bar: number;
  kind: 'label' | 'value' | 'axis';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What canvas.planChart() returns. */
export interface PlanChart {
  chart: Chart;
  texts: DrawnText[];
}

interface Drawn {
  spec: ChartJsonConfig;
  /** Label lines per bar at the current width. */
  lines: string[][];
  /** The axis title's lines at the current width. */
  axis: string[];
  /** Each bar's centre on the plot's y scale (px at the current width). */
  centres: number[];
  /** Height the bars need (px): the chart's box is corrected until its plot area is exactly this. */
  plot: number;
  box: HTMLElement;
  texts: DrawnText[];
}

const drawn = new WeakMap<Chart, Drawn>();

/** Sizes scaled to the reader's text size (标准 / 大 / 特大 scale the root font). */
function sizes() {
  const k = parseFloat(getComputedStyle(document.documentElement).fontSize) / 16 || 1;
  return {
    font: Math.round(LAYOUT.font * k),
    line: Math.round(LAYOUT.line * k),
    bar: Math.round(LAYOUT.bar * k),
    family: getComputedStyle(document.body).fontFamily,
  };
}

const barLabels: Plugin<'bar'> = {
  id: 'barLabels',
  afterLayout(chart) {
    // The axis under the plot takes what Chart.js measures; give the box exactly that much more.
    const state = drawn.get(chart);
    if (!state) return;
    const off = Math.round(state.plot - chart.chartArea.height);
    if (Math.abs(off) >= 1) state.box.style.height = `${parseFloat(state.box.style.height) + off}px`;
  },
  afterDatasetsDraw(chart) {
    const state = drawn.get(chart);
    if (!state) return;
    const { spec, lines } = state;
    const { font, line, bar, family } = sizes();
    const ctx = chart.ctx;
    const style = getComputedStyle(chart.canvas);
    const text = style.getPropertyValue('--chart-text').trim() || '#000';
    const bg = style.getPropertyValue('--bg').trim() || '#fff';
    const meta = chart.getDatasetMeta(0);
    const x = chart.scales.x!;
    const y = chart.scales.y!;
    const { left, top, bottom } = chart.chartArea;
    ctx.save();
    if (spec.reference !== null && spec.reference !== 0) {
      const rx = x.getPixelForValue(spec.reference);
      ctx.strokeStyle = text;
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(rx, top);
      ctx.lineTo(rx, bottom);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.font = `${font}px ${family}`;
    ctx.fillStyle = text;
    const texts: DrawnText[] = [];
    const zero = x.getPixelForValue(Math.max(spec.scale.min, Math.min(0, spec.scale.max)));
    spec.bars.forEach((b, i) => {
      const cy = y.getPixelForValue(state.centres[i] ?? 0);
      // Label lines stand on the bar's top edge.
      ctx.textBaseline = 'bottom';
      const own = lines[i] ?? [b.label];
      own.forEach((l, k) => {
        const by = cy - bar / 2 - 2 - (own.length - 1 - k) * line;
        const width = ctx.measureText(l).width;
        // Gridlines and the reference line pass behind the label, not through it. Labels start at the
        // canvas's edge, not the plot's (Chart.js indents the plot by half the first tick label).
        ctx.fillStyle = bg;
        ctx.fillRect(1, by - line + 2, width + 4, line - 2);
        ctx.fillStyle = text;
        ctx.fillText(l, 1, by);
        texts.push({ bar: i, kind: 'label', x: 1, y: by - line, width, height: line });
      });
      const element = meta.data[i] as unknown as { x: number; base: number } | undefined;
      const value = spec.config.data.datasets[0]!.data[i] ?? null;
      const end = value === null || !element ? left : value > 0 ? Math.max(element.x, element.base) : zero;
      if (b.truncated && element && value !== null) {
        const a = value > 0 ? element.x - 16 : element.x + 10;
        ctx.strokeStyle = bg;
        ctx.lineWidth = 3;
        ctx.beginPath();
        ctx.moveTo(a, cy + bar / 2 + 2);
        ctx.lineTo(a + 6, cy - bar / 2 - 2);
        ctx.moveTo(a + 6, cy + bar / 2 + 2);
        ctx.lineTo(a + 12, cy - bar / 2 - 2);
        ctx.stroke();
      }
      ctx.textBaseline = 'middle';
      const vx = value === null ? left : end + 6;
      const vw = ctx.measureText(b.text).width;
      // As a label: a line (the reference line, a gridline) passes behind the value, not through it.
      ctx.fillStyle = bg;
      ctx.fillRect(vx - 2, cy - line / 2 + 1, vw + 4, line - 2);
      ctx.fillStyle = text;
      ctx.fillText(b.text, vx, cy);
      texts.push({ bar: i, kind: 'value', x: vx, y: cy - line / 2, width: vw, height: line });
    });
    // The axis title under the tick labels, wrapped to the width (never squeezed onto one line).
    ctx.textBaseline = 'top';
    state.axis.forEach((l, k) => {
      const ay = x.bottom + 4 + k * line;
      ctx.fillText(l, 1, ay);
      texts.push({ bar: -1, kind: 'axis', x: 1, y: ay, width: ctx.measureText(l).width, height: line });
    });
    ctx.restore();
    state.texts = texts;
  },
};

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, barLabels);

/** Replaces every "var(--x)" string in a JSON value with the property's value on `el`. */
function resolve<T>(value: T, style: CSSStyleDeclaration): T {
  if (typeof value === 'string') {
    const m = value.match(/^var\((--[\w-]+)\)$/);
    return (m ? style.getPropertyValue(m[1]!).trim() || value : value) as T;
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, style)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, style)])) as T;
  }
  return value;
}

/**
 * What the chart needs at a width: each label's lines, each bar's centre (px from the top of the
 * plot, label lines above it), the space on the right for values, the height. Rows take the room
 * their own label needs, as in the static SVG.
 */
function layout(spec: ChartJsonConfig, width: number) {
  const { font, line, bar, family } = sizes();
  const gap = Math.round(LAYOUT.gap * (font / LAYOUT.font));
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${font}px ${family}`;
  const measure = (s: string) => ctx.measureText(s).width;
  // A label starts 1 px in and its background is 4 px wider than its text.
  const lines = spec.bars.map((b) => wrapText(b.label, width - 6, measure));
  const axis = wrapText(spec.axis, width - 6, measure);
  // A tooltip has padding and bold text: its lines are narrower still, so it fits inside the chart.
  const tips = spec.bars.map((b) => wrapText(b.label, width - 40, measure));
  const centres: number[] = [];
  let y = 0;
  for (const [k, own] of lines.entries()) {
    // A bar without a label of its own (a pair's second) stands close under the one above.
    if (k > 0 && own.length === 0) y -= gap - Math.round(LAYOUT.pairGap * (font / LAYOUT.font));
    y += own.length * line + (own.length ? 2 : 0) + bar / 2;
    centres.push(y);
    y += bar / 2 + gap;
  }
  const plot = y - gap + 4;
  const right = Math.ceil(Math.max(0, ...spec.bars.map((b, i) => (spec.config.data.datasets[0]!.data[i] === null ? 0 : measure(b.text)))) + 10);
  // Tick labels under the plot (Chart.js measures them; the box is corrected after its layout), then the axis title's lines.
  const ticks = Math.round(font * 2);
  const below = axis.length * line + 8;
  return { lines, axis, below, tips, centres, plot, right, height: plot + ticks + below, font };
}

export function drawChart(figure: HTMLElement): void {
  const data = figure.querySelector('script[type="application/json"]');
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  if (!data?.textContent || !frame) return;
  const spec = JSON.parse(data.textContent) as ChartJsonConfig;
  const box = document.createElement('div');
  box.className = 'chart-canvas';
  box.style.position = 'relative';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', `${figure.querySelector('.chart-title')?.textContent ?? ''}（数据见下表）`);
  box.append(canvas);
  frame.append(box);
  let current = layout(spec, frame.clientWidth);
  box.style.height = `${current.height}px`;
  const state: Drawn = { spec, lines: current.lines, axis: current.axis, centres: current.centres, plot: current.plot, box, texts: [] };
  // Assigned once, but read (still undefined) by refresh() while Chart.js's constructor lays the chart out.
  let chart: Chart<'bar', (number | null)[], string> | undefined;
  const build = (): ChartConfiguration<'bar', (number | null)[], string> => {
    const style = getComputedStyle(figure);
    const config = resolve(spec.config, style);
    const { font } = current;
    // Bars on a linear y scale in px, so each row can be as tall as its own label needs.
    const dataset = config.data.datasets[0]!;
    (dataset as unknown as { data: { x: number | null; y: number }[] }).data = spec.config.data.datasets[0]!.data.map((v, i) => ({
      x: v,
      y: current.centres[i]!,
    }));
    config.options!.scales!.y = { ...config.options!.scales!.y, min: 0, max: current.plot };
    const x = config.options!.scales!.x as { ticks: object; grid: { color?: unknown; lineWidth?: unknown } };
    x.ticks = { ...x.ticks, font: { size: font } };
    // The zero line stands out from the gridlines, as in the static image.
    const gridColour = x.grid.color;
    const zeroColour = style.getPropertyValue('--chart-text').trim();
    x.grid = {
      ...x.grid,
      color: (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? zeroColour : gridColour),
      lineWidth: (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? 1.5 : 1),
    };
    config.options = {
      ...config.options,
      layout: { padding: { right: current.right, left: 1, bottom: current.below } },
      plugins: {
        ...config.options?.plugins,
        tooltip: {
          enabled: true,
          bodyFont: { size: font },
          titleFont: { size: font },
          callbacks: {
            // Wrapped like the labels, so a tooltip is never wider than the chart.
            title: (items) => (items[0] ? (current.tips[items[0].dataIndex] ?? []) : []),
            label: (item) => spec.bars[item.dataIndex]?.text ?? '',
          },
        },
      },
      onResize: (_, size) => {
        const next = layout(spec, size.width);
        state.lines = next.lines;
        state.axis = next.axis;
        state.centres = next.centres;
        state.plot = next.plot;
        if (next.plot !== current.plot || next.right !== current.right || next.below !== current.below || next.centres.join() !== current.centres.join()) {
          current = next;
          box.style.height = `${next.height}px`;
          refresh();
        }
      },
    };
    return config;
  };
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  // eslint-disable-next-line prefer-const -- see the declaration: refresh() reads it before this assignment
  chart = new Chart(canvas, build());
  drawn.set(chart as unknown as Chart, state);
  chart.update();
  // The one door through which tests read a drawn chart with Chart.js's own API (scales, chartArea,
  // bar elements, tooltip) and the texts the plugin wrote. A property of the canvas, not a module
  // export: the bundler drops exports the page does not import.
  const drawnChart = chart;
  Object.defineProperty(canvas, 'planChart', { value: (): PlanChart => ({ chart: drawnChart as unknown as Chart, texts: state.texts }) });
  frame.classList.add('drawn');
  // Follow the reader's theme and text size: the system setting or the site's switches.
  function refresh(): void {
    if (!chart) return;
    const next = build();
    chart.data = next.data;
    chart.options = next.options!;
    chart.update();
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refresh);
  new MutationObserver(() => {
    current = layout(spec, frame.clientWidth);
    state.lines = current.lines;
    state.axis = current.axis;
    state.centres = current.centres;
    state.plot = current.plot;
    box.style.height = `${current.height}px`;
    refresh();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-size', 'data-contrast'] });
}
