import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { chartSpecs, cumulativeSpec, levelChangeSpec, scorecardSpec } from '../../../../src/lib/charts/chart-spec.ts';

describe('scorecardSpec', () => {
  const spec = scorecardSpec(indicators);

  it('scores the comparable 十三五 indicators and says which were met', () => {
    expect(spec.bars).toHaveLength(11);
    const rate = spec.bars.find((b) => b.id === 'plan13-registered-unemployment-rate')!;
    expect(rate).toMatchObject({ value: 124, style: 'achieved', label: '城镇登记失业率（完成）' });
  });

  it('leaves out the ratio and the missing result, saying why', () => {
    expect(spec.excluded.map((e) => e.label)).toEqual(['高、中、初级专业技术人才比例', '企业劳动合同签订率（%）']);
  });

  it('describes the chart in one sentence from the data', () => {
    expect(spec.description).toBe('专栏1的13项指标中，11项可与目标直接比较，其中11项完成目标；100%以上表示完成（上限指标按目标÷完成数计算）。');
  });

  it('gives one table row per bar, in the same order', () => {
    expect(spec.table.rows).toHaveLength(spec.bars.length);
    expect(spec.table.rows[1]).toEqual(['城镇登记失业率（%）', '≤4.5', '3.63', '124%（上限指标，按目标÷完成数）', '完成']);
  });
});

describe('levelChangeSpec', () => {
  it('puts counts in percent and rates in percentage points, never both on one axis', () => {
    const counts = levelChangeSpec(indicators, 'count');
    const rates = levelChangeSpec(indicators, 'rate');
    expect(counts.axis).toMatch(/（%）$/);
    expect(rates.axis).toMatch(/（百分点）$/);
    expect(counts.bars.find((b) => b.id === 'plan14-unemployment-insurance-insured')).toMatchObject({ value: 14.6, style: 'binding', label: '失业保险参保人数〔约束性〕' });
    expect(rates.bars.find((b) => b.id === 'plan14-pension-coverage-rate')).toMatchObject({ value: 3.5, style: 'expected' });
    const ids = [...counts.bars, ...rates.bars].map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('marks binding indicators in the label, not by colour alone', () => {
    for (const bar of levelChangeSpec(indicators, 'count').bars) expect(bar.label.includes('〔约束性〕')).toBe(bar.style === 'binding');
  });

  it('leaves out upper bounds and missing values, with the reason', () => {
    const rates = levelChangeSpec(indicators, 'rate');
    expect(rates.excluded.map((e) => e.label)).toEqual(['城镇调查失业率（%）', '城镇登记失业率（%）']);
  });
});

describe('cumulativeSpec', () => {
  it('compares each five-year target with the five-year result of 十三五', () => {
    const spec = cumulativeSpec(indicators);
    expect(spec.bars.map((b) => b.label)).toContain('城镇新增就业人数〔累计〕');
    expect(spec.bars.find((b) => b.id === 'plan14-urban-new-jobs')!.value).toBe(81.4);
    expect(spec.excluded.map((e) => e.label)).toEqual(['新增城乡居民基本养老保险基金委托投资金额（亿元）']);
  });
});

describe('chartSpecs', () => {
  it('builds four charts with distinct ids, each with a source line', () => {
    const specs = chartSpecs(indicators);
    expect(specs.map((s) => s.id)).toEqual(['scorecard-13', 'level-change-14', 'points-change-14', 'cumulative-14']);
    for (const s of specs) expect(s.source).toMatch(/^来源：规划专栏[12]$/);
  });
});
