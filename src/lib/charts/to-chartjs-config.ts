/**
 * ChartSpec -> Chart.js configuration, as plain JSON (serialised into the page, never executed).
 * Colours are CSS custom properties written as "var(--chart-…)"; the browser script resolves them
 * against the page so light and dark themes both apply. Only the bar chart, category and linear
 * scales and the tooltip are used; the reference line is a tiny plugin in the browser script.
 */
import type { ChartConfiguration } from 'chart.js';
import type { BarStyle, ChartSpec } from './chart-spec.ts';

export const STYLE_COLOURS: Record<BarStyle, { fill: string; border: string }> = {
  binding: { fill: 'var(--chart-binding)', border: 'var(--chart-binding)' },
  expected: { fill: 'var(--chart-expected)', border: 'var(--chart-binding)' },
  achieved: { fill: 'var(--chart-achieved)', border: 'var(--chart-achieved)' },
  missed: { fill: 'var(--chart-missed)', border: 'var(--chart-text)' },
};

export interface ChartJsonConfig {
  config: ChartConfiguration<'bar', number[], string>;
  /** Drawn by the page's reference-line plugin. */
  reference: number;
  /** Pixel height the chart needs: one band per bar. */
  height: number;
}

export const BAR_BAND = 34;

export function toChartJsConfig(spec: ChartSpec): ChartJsonConfig {
  const text = 'var(--chart-text)';
  const grid = 'var(--chart-grid)';
  return {
    reference: spec.reference,
    height: spec.bars.length * BAR_BAND + 60,
    config: {
      type: 'bar',
      data: {
        labels: spec.bars.map((b) => b.label),
        datasets: [
          {
            label: spec.axis,
            data: spec.bars.map((b) => b.value),
            backgroundColor: spec.bars.map((b) => STYLE_COLOURS[b.style].fill),
            borderColor: spec.bars.map((b) => STYLE_COLOURS[b.style].border),
            borderWidth: 2,
            barPercentage: 0.8,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            type: 'linear',
            title: { display: true, text: spec.axis, color: text, font: { size: 14 } },
            ticks: { color: text, font: { size: 13 } },
            grid: { color: grid },
          },
          y: {
            type: 'category',
            ticks: { color: text, font: { size: 13 }, autoSkip: false },
            grid: { display: false },
          },
        },
        plugins: {
          tooltip: { enabled: true },
        },
      },
    },
  };
}
