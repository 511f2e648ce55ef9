import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { scorecardSpec } from '../../../../src/lib/charts/chart-spec.ts';
import { BAR_BAND, toChartJsConfig } from '../../../../src/lib/charts/to-chartjs-config.ts';
import { toSvg } from '../../../../src/lib/charts/to-svg.ts';

const spec = scorecardSpec(indicators);

describe('toChartJsConfig', () => {
  const { config, height, reference } = toChartJsConfig(spec);

  it('draws a horizontal bar chart of the spec, bar for bar', () => {
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(spec.bars.map((b) => b.label));
    expect(config.data.datasets[0]!.data).toEqual(spec.bars.map((b) => b.value));
  });

  it('uses CSS custom properties for colours, so the page theme applies', () => {
    expect(config.data.datasets[0]!.backgroundColor).toEqual(spec.bars.map(() => 'var(--chart-achieved)'));
  });

  it('is plain JSON: nothing is lost in serialisation', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('sizes the chart by its bars and keeps the reference line', () => {
    expect(height).toBe(spec.bars.length * BAR_BAND + 60);
    expect(reference).toBe(100);
  });
});

describe('toSvg', () => {
  const svg = toSvg(spec);

  it('draws every bar with its label and value, and the reference line', () => {
    expect(svg.match(/<rect /g)).toHaveLength(spec.bars.length);
    for (const bar of spec.bars) expect(svg).toContain(`>${bar.label}</text>`);
    expect(svg).toContain('>124%</text>');
    expect(svg).toContain('class="r"');
  });

  it('carries its own dark colours and a title', () => {
    expect(svg).toContain('@media (prefers-color-scheme:dark)');
    expect(svg).toContain(`<title>${spec.title}</title>`);
  });
});
