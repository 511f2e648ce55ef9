/**
 * The Chart.js side of the charts: registers only the bar chart, its two scales and the tooltip, plus a
 * small plugin for the reference line, and turns the JSON configuration of a figure into a chart.
 * Colours written as var(--chart-…) are read from the page, and re-read when the theme changes.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartJsonConfig } from '../lib/charts/to-chartjs-config.ts';

const referenceLine: Plugin<'bar'> = {
  id: 'referenceLine',
  afterDatasetsDraw(chart, _args, options: { value?: number; color?: string }) {
    const x = chart.scales.x;
    if (!x || options.value === undefined) return;
    const px = x.getPixelForValue(options.value);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = options.color ?? '#000';
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(px, top);
    ctx.lineTo(px, bottom);
    ctx.stroke();
    ctx.restore();
  },
};

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, referenceLine);

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

export function drawChart(figure: HTMLElement): void {
  const data = figure.querySelector('script[type="application/json"]');
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  if (!data?.textContent || !frame) return;
  const spec = JSON.parse(data.textContent) as ChartJsonConfig;
  const build = (): ChartConfiguration<'bar', number[], string> => {
    const style = getComputedStyle(figure);
    const config = resolve(spec.config, style);
    config.options = { ...config.options, plugins: { ...config.options?.plugins, referenceLine: { value: spec.reference, color: style.getPropertyValue('--chart-text').trim() } } as never };
    return config;
  };
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', figure.querySelector('.chart-title')?.textContent ?? '');
  const box = document.createElement('div');
  box.className = 'chart-canvas';
  box.style.position = 'relative';
  box.style.height = `${spec.height}px`;
  box.style.minWidth = '36rem';
  box.append(canvas);
  frame.append(box);
  const chart = new Chart(canvas, build());
  frame.classList.add('drawn');
  // Follow the reader's theme: the system setting or the site's data-theme switch.
  const refresh = (): void => {
    const next = build();
    chart.data = next.data;
    chart.options = next.options!;
    chart.update();
  };
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', refresh);
  new MutationObserver(refresh).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}
