import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { cumulativeSpec, dashboardSpecs, indicatorChartSpec, levelChangeSpec, OUTLIER_FACTOR, scaleFor, scorecardSpec } from '../../../../src/lib/charts/chart-spec.ts';
import { indicatorSeries } from '../../../../src/lib/indicators/series.ts';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

describe('scorecardSpec', () => {
  const spec = scorecardSpec(indicators);

  it('scores the comparable 十三五 indicators and says which were met', () => {
    expect(spec.bars).toHaveLength(11);
    expect(spec.bars.find((b) => b.id === 'plan13-unemployment-insurance-insured')).toMatchObject({ value: 149.6, text: '149.6% ✓', style: 'achieved', label: '失业保险参保人数（完成）' });
  });

  it('shows a ceiling target as the comparison the plan makes, never as a completion percentage', () => {
    const rate = spec.bars.find((b) => b.id === 'plan13-registered-unemployment-rate')!;
    expect(rate).toMatchObject({ value: null, text: '3.63% ≤ 4.5% ✓', style: 'achieved' });
    expect(JSON.stringify(spec)).not.toContain('124');
    expect(spec.table.rows[1]).toEqual(['城镇登记失业率（%）', '≤4.5', '3.63', '3.63% ≤ 4.5% ✓', '—（目标为上限，按规划的比较）', '完成']);
  });

  it('leaves out the ratio and the missing result, saying why', () => {
    expect(spec.excluded.map((e) => e.label)).toEqual(['高、中、初级专业技术人才比例', '企业劳动合同签订率（%）']);
  });

  it('describes the chart in one sentence from the data', () => {
    expect(spec.description).toBe('专栏1的13项指标中，11项可与目标直接比较，其中11项完成目标；100%以上表示完成，目标为上限的指标按规划的写法比较（3.63% ≤ 4.5% ✓）。');
  });

  it('gives one table row per bar, in the same order', () => {
    expect(spec.table.rows.map((r) => r[0]!.replace(/（.*$/u, ''))).toEqual(spec.bars.map((b) => b.label.replace(/（.*$/u, '')));
  });
});

describe('levelChangeSpec', () => {
  it('puts counts in percent and rates in percentage points, never both on one axis', () => {
    const counts = levelChangeSpec(indicators, 'count');
    const rates = levelChangeSpec(indicators, 'rate');
    expect(counts.axis).toMatch(/（%）$/u);
    expect(rates.axis).toMatch(/（百分点）$/u);
    expect(counts.bars.find((b) => b.id === 'plan14-unemployment-insurance-insured')).toMatchObject({ value: 14.6, text: '+14.6%', style: 'binding', label: '失业保险参保人数〔约束性〕' });
    expect(rates.bars.find((b) => b.id === 'plan14-pension-coverage-rate')).toMatchObject({ value: 3.5, style: 'expected' });
    const ids = [...counts.bars, ...rates.bars].map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks binding indicators in the label, not by colour alone', () => {
    for (const bar of levelChangeSpec(indicators, 'count').bars) expect(bar.label.includes('〔约束性〕')).toBe(bar.style === 'binding');
  });

  it('cuts the outlier (3 → 10 parks, +233%) at the axis end, says so, and keeps its true value in the text', () => {
    const spec = levelChangeSpec(indicators, 'count');
    const parks = spec.bars.find((b) => b.id === 'plan14-provincial-hr-service-parks')!;
    expect(parks).toMatchObject({ truncated: true, value: spec.scale.max, text: '+233.3%' });
    expect(parks.label).toContain('〔条形截断〕');
    expect(spec.notes.join()).toContain('省级人力资源服务产业园（+233.3%）');
    // Every other bar fits the axis, which is scaled to them.
    const others = spec.bars.filter((b) => !b.truncated).map((b) => b.value!);
    expect(Math.max(...others)).toBeLessThan(spec.scale.max);
    expect(spec.scale.max).toBeLessThanOrEqual(60);
  });

  it('cuts +52 percentage points (电子社保卡) on the rates chart the same way', () => {
    const spec = levelChangeSpec(indicators, 'rate');
    expect(spec.bars.filter((b) => b.truncated).map((b) => b.id)).toEqual(['plan14-e-social-security-card-coverage']);
  });

  it('keeps a tiny change as a bar with its value written (社会保障卡持卡人数 +0.5%)', () => {
    expect(levelChangeSpec(indicators, 'count').bars.find((b) => b.id === 'plan14-social-security-card-holders')).toMatchObject({ value: 0.5, text: '+0.5%' });
  });

  it('leaves out upper bounds and missing values, with the reason', () => {
    expect(levelChangeSpec(indicators, 'rate').excluded.map((e) => e.label)).toEqual(['城镇调查失业率（%）', '城镇登记失业率（%）']);
  });
});

describe('scaleFor', () => {
  it('starts at zero, or below it for a fall, and ends on a round number past the largest bar', () => {
    expect(scaleFor([3, 7, 9], '%').scale).toMatchObject({ min: 0, max: 10, step: 2 });
    expect(scaleFor([-7, 3.5], '个百分点').scale.min).toBeLessThanOrEqual(-7);
  });

  it(`calls a bar an outlier only above ${OUTLIER_FACTOR} times the next one`, () => {
    expect([...scaleFor([10, 40, 101], '%').outliers]).toEqual([2]);
    expect([...scaleFor([10, 40, 100], '%').outliers]).toEqual([]);
  });
});

describe('cumulativeSpec', () => {
  it('compares each five-year target with the five-year result of 十三五, the floor sign kept', () => {
    const spec = cumulativeSpec(indicators);
    expect(spec.bars.map((b) => b.label)).toContain('城镇新增就业人数〔累计〕');
    expect(spec.bars.find((b) => b.id === 'plan14-urban-new-jobs')).toMatchObject({ value: 81.4, text: '>81.4%' });
    expect(spec.excluded.map((e) => e.label)).toEqual(['新增城乡居民基本养老保险基金委托投资金额（亿元）']);
  });
});

describe('dashboardSpecs', () => {
  it('builds four charts with distinct ids, each with a source line', () => {
    const specs = dashboardSpecs(indicators);
    expect(specs.map((s) => s.id)).toEqual(['scorecard-13', 'level-change-14', 'points-change-14', 'cumulative-14']);
    for (const s of specs) expect(s.source).toMatch(/^来源：规划专栏[12]$/u);
  });
});

describe('indicatorChartSpec', () => {
  it('draws a linked indicator from 2015 to 2025 on its own unit, from zero', () => {
    const spec = indicatorChartSpec(indicatorSeries(byId('plan14-pension-coverage-rate'), indicators))!;
    expect(spec.bars.map((b) => [b.label, b.value, b.text, b.style])).toEqual([
      ['2015年基数', 80.1, '80.1%', 'recorded'],
      ['“十三五”规划目标', 90, '90%', 'target'],
      ['2020年完成数', 91.5, '91.5%', 'recorded'],
      ['“十四五”规划目标（2025年）', 95, '95%', 'target'],
    ]);
    expect(spec.scale.min).toBe(0);
    expect(spec.notes).toEqual(['“十三五”规划目标完成情况：91.5% ≥ 90% ✓。']);
  });

  it('writes a bound as the plan does and says what its bar means', () => {
    const spec = indicatorChartSpec(indicatorSeries(byId('plan14-registered-unemployment-rate'), indicators))!;
    expect(spec.bars.map((b) => b.text)).toEqual(['4.12%', '≤4.5%', '3.63%', '<4.5%']);
    expect(spec.notes[0]).toBe('“十三五”规划目标完成情况：3.63% ≤ 4.5% ✓。');
  });

  it('shows a missing 2020 value as a row that says so, not as a gap', () => {
    const spec = indicatorChartSpec(indicatorSeries(byId('plan14-surveyed-unemployment-rate'), indicators))!;
    expect(spec.bars[0]).toMatchObject({ value: null, text: '无数值' });
  });

  it('draws nothing for a ratio', () => {
    expect(indicatorChartSpec(indicatorSeries(byId('plan13-professional-talent-ratio'), indicators))).toBeNull();
  });

  it('never puts five-year totals and year-end levels on one axis', () => {
    for (const ind of indicators) {
      const series = indicatorSeries(ind, indicators);
      const spec = indicatorChartSpec(series);
      if (!spec) continue;
      const kinds = new Set(series.points.flatMap((p) => (p.value.kind === 'number' ? [p.value.cumulative] : [])));
      expect(kinds.size, ind.id).toBe(1);
      expect(spec.axis.startsWith('五年累计'), ind.id).toBe(kinds.has(true));
    }
  });
});
