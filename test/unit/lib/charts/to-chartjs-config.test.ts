import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { MIN_BAR_PX, PAIRED_CHARTS, pairedSpec, scorecardSpec } from '../../../../src/lib/charts/chart-spec.ts';
import { toChartJsConfig } from '../../../../src/lib/charts/to-chartjs-config.ts';

const spec = scorecardSpec(indicators);

describe('toChartJsConfig', () => {
  const { config, bars, reference, scale } = toChartJsConfig(spec);

  it('draws a horizontal bar chart of the spec, bar for bar, with the text of each bar for the page to write', () => {
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.datasets[0]!.data).toEqual(spec.bars.map((b) => b.value));
    expect(bars.map((b) => b.text)).toEqual(spec.bars.map((b) => b.text));
  });

  it('uses the spec’s scale, so the canvas and the static image share one axis', () => {
    const x = config.options!.scales!.x as { min: number; max: number };
    expect([x.min, x.max]).toEqual([spec.scale.min, spec.scale.max]);
    expect(scale).toEqual(spec.scale);
    expect(reference).toBe(100);
  });

  it('gives a tiny change a visible stub, as the static image does', () => {
    expect(config.data.datasets[0]).toMatchObject({ minBarLength: MIN_BAR_PX });
  });

  it('uses CSS custom properties for colours, so the page theme applies', () => {
    expect(config.data.datasets[0]!.backgroundColor).toEqual(spec.bars.map(() => 'var(--chart-achieved)'));
  });

  it('is plain JSON: nothing is lost in serialisation', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('carries which bars are cut', () => {
    const bigger = indicators.map((i) =>
      i.id === 'plan14-social-security-card-holders' ? { ...i, target: { kind: 'number' as const, text: '90900', value: 90900, cumulative: false } } : i,
    );
    expect(toChartJsConfig(pairedSpec(bigger, [], PAIRED_CHARTS[1]!)).bars.filter((b) => b.truncated)).toHaveLength(2);
  });

  it('keeps tick labels level and leaves the axis title to the page, which wraps it', () => {
    const x = config.options!.scales!.x as { ticks: { maxRotation: number; minRotation: number }; title: { display: boolean } };
    expect(x.ticks).toMatchObject({ maxRotation: 0, minRotation: 0 });
    expect(x.title.display).toBe(false);
    expect(toChartJsConfig(spec).axis).toBe(spec.axis);
  });
});
