/**
 * ChartSpec -> Chart.js configuration, as plain JSON (serialised into the page, never executed).
 * Colours are CSS custom properties written as "var(--chart-…)" (src/lib/charts/palette.ts); the
 * browser script resolves them against the page so light and dark themes both apply. Only the bar chart, category and linear
 * scales and the tooltip are used; src/scripts/chart-runtime.ts writes each label above its bar,
 * each value at its bar's end and the axis title under the ticks (as the static SVG does), draws the
 * reference line and the break mark of a cut bar, and sizes the chart to its container's width.
 */
import type { ChartConfiguration } from 'chart.js';
import { MIN_BAR_PX, type ChartScale, type ChartSpec } from './chart-spec.ts';
import { LAYOUT } from './layout.ts';
import { BAR_COLOURS, chartVar } from './palette.ts';

export interface ChartJsonConfig {
  config: ChartConfiguration<'bar', (number | null)[], string>;
  /** What the page's plugin writes: the label above each bar, the text at its end, whether it is cut. */
  bars: { label: string; text: string; truncated: boolean }[];
  scale: ChartScale;
  /** A dashed line at this value, or none. */
  reference: number | null;
  /** The value axis's title, written by the page's plugin under the ticks, wrapped to the width (Chart.js would squeeze it to one line). */
  axis: string;
}

export function toChartJsConfig(spec: ChartSpec): ChartJsonConfig {
  const text = chartVar('text');
  const grid = chartVar('grid');
  return {
    reference: spec.reference,
    scale: spec.scale,
    axis: spec.axis,
    bars: spec.bars.map((b) => ({ label: b.label, text: b.text, truncated: b.truncated === true })),
    config: {
      type: 'bar',
      data: {
        datasets: [
          {
            label: spec.axis,
            data: spec.bars.map((b) => b.value),
            backgroundColor: spec.bars.map((b) => chartVar(BAR_COLOURS[b.style].fill)),
            borderColor: spec.bars.map((b) => chartVar(BAR_COLOURS[b.style].stroke)),
            borderWidth: 2,
            barThickness: LAYOUT.bar,
            // A tiny change still shows: the same stub as the static image.
            minBarLength: MIN_BAR_PX,
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
            min: spec.scale.min,
            max: spec.scale.max,
            // The plugin writes the title, wrapped; ticks stay level, thinned out where they would touch.
            title: { display: false, text: spec.axis },
            ticks: { color: text, stepSize: spec.scale.step, maxRotation: 0, minRotation: 0, autoSkip: true, autoSkipPadding: 12 },
            grid: { color: grid },
          },
          // The labels are written above the bars by the page's plugin, not beside them; the page puts
          // each bar at its row's height in px (rows are as tall as their wrapped label needs).
          y: { type: 'linear', display: false, reverse: true, offset: false },
        },
        plugins: {
          tooltip: { enabled: true },
        },
      },
    },
  };
}
