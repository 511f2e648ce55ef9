import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import {
  dashboardSpecs,
  indicatorChartSpec,
  OUTLIER_FACTOR,
  PAIRED_CHARTS,
  pairedSpec,
  scaleFor,
  scorecardSpec,
  type ChartSpec,
} from '../../../../src/lib/charts/chart-spec.ts';
import { indicatorSeries } from '../../../../src/lib/indicators/series.ts';
import { stated } from '../../../../src/data/stated-targets.ts';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

describe('scorecardSpec', () => {
  const spec = scorecardSpec(indicators);

  it('scores the comparable 十三五 indicators and says which were met', () => {
    expect(spec.bars).toHaveLength(11);
    expect(spec.bars.find((b) => b.id === 'plan13-unemployment-insurance-insured')).toMatchObject({
      value: 149.6,
      text: '149.6% ✓',
      style: 'achieved',
      label: '失业保险参保人数（完成）',
    });
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
    expect(spec.description).toBe(
      '专栏1的13项指标中，11项可与目标直接比较，其中11项完成目标；100%以上表示完成，目标为上限的指标按规划的写法比较（3.63% ≤ 4.5% ✓）。',
    );
  });

  it('gives one table row per bar, in the same order', () => {
    expect(spec.table.rows.map((r) => r[0]!.replace(/（.*$/u, ''))).toEqual(spec.bars.map((b) => b.label.replace(/（.*$/u, '')));
  });
});

describe('pairedSpec', () => {
  const [rates, counts, totals] = PAIRED_CHARTS.map((c) => pairedSpec(indicators, stated, c)) as [ChartSpec, ChartSpec, ChartSpec];

  it('draws each 十四五 indicator as its two printed values side by side, one unit per chart, never their difference', () => {
    expect(rates.axis).toBe('数值（%）');
    expect(counts.axis).toBe('数值（万人）');
    expect(totals.axis).toBe('五年累计（万人）');
    const pair = counts.bars.filter((b) => b.id === 'plan14-rural-labour-transferred');
    expect(pair.map((b) => [b.label, b.value, b.text, b.style])).toEqual([
      ['转移就业农村劳动力人数', 2573, '2020年 2573万人', 'recorded'],
      ['', 2400, '目标 2400万人', 'target'],
    ]);
    // No bar's value is a difference or a ratio of two printed values.
    expect(JSON.stringify([rates, counts, totals])).not.toMatch(/173|6\.7|需要|变化|降低|提高|百分点/u);
  });

  it('keeps each target’s printed sign, and says what a bound’s bar means', () => {
    expect(rates.bars.filter((b) => b.id === 'plan14-surveyed-unemployment-rate').map((b) => [b.value, b.text])).toEqual([
      [null, '2020年 无数值'],
      [6, '目标 <6%'],
    ]);
    expect(totals.bars.find((b) => b.id === 'plan14-urban-new-jobs' && b.style === 'target')).toMatchObject({ value: 425, text: '目标 >425万人' });
    expect(rates.notes[0]).toBe('目标前的“<”“>”“≥”按规划原文：城镇调查失业率（<6%）、城镇登记失业率（<4.5%）的条形画到该数值。');
  });

  it('quotes the passage that states a target, with its verb and qualifier', () => {
    expect(counts.notes).toContain('转移就业农村劳动力人数：第一章第三节第3段写明“转移就业农村劳动力人数保持在2400万左右”。');
    expect(totals.notes).toContain('城镇新增就业人数：第一章第三节第3段写明“城镇新增就业达到425万人以上”。');
  });

  it('marks binding indicators in the label, not by colour alone', () => {
    expect(counts.bars.find((b) => b.id === 'plan14-unemployment-insurance-insured')!.label).toBe('失业保险参保人数〔约束性〕');
  });

  it('names every 专栏2 row no chart draws, with the reason, and one table row (linked by id) per indicator drawn', () => {
    const drawn = new Set([rates, counts, totals].flatMap((s) => s.table.ids));
    const named = [rates, counts, totals].flatMap((s) => s.excluded.map((e) => e.label));
    for (const ind of indicators.filter((i) => i.column === 2)) expect(drawn.has(ind.id) !== named.some((l) => l.includes(ind.name)), ind.id).toBe(true);
    for (const s of [rates, counts, totals]) expect(s.table.rows.map((r) => r[0])).toHaveLength(s.table.ids.length);
    expect(counts.excluded.find((e) => e.label.startsWith('省级人力资源服务产业园'))!.reason).toMatch(/单位为个/u);
  });

  it('cuts an outlier at the axis end, says so and keeps its value in the text', () => {
    const bigger = indicators.map((i) =>
      i.id === 'plan14-social-security-card-holders' ? { ...i, target: { kind: 'number' as const, text: '90900', value: 90900, cumulative: false } } : i,
    );
    const spec = pairedSpec(bigger, stated, PAIRED_CHARTS[1]!);
    // 90900 dwarfs every other bar, and then 9043 dwarfs the rest: both are cut, each marked.
    const cut = spec.bars.filter((b) => b.truncated);
    expect(cut.map((b) => [b.label, b.text])).toEqual([
      ['社会保障卡持卡人数〔条形截断〕', '2020年 9043万人'],
      ['', '目标 90900万人〔条形截断〕'],
    ]);
    expect(spec.notes.join()).toContain('社会保障卡持卡人数（目标 90900万人）远超其他指标');
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

describe('dashboardSpecs', () => {
  it('builds four charts with distinct ids, each with a source line', () => {
    const specs = dashboardSpecs(indicators, stated);
    expect(specs.map((s) => s.id)).toEqual(['scorecard-13', 'levels-rate-14', 'levels-count-14', 'totals-14']);
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

  it('quotes the passage that states the 十四五 target', () => {
    const spec = indicatorChartSpec(indicatorSeries(byId('plan14-rural-labour-transferred'), indicators), stated)!;
    expect(spec.notes).toContain('第一章第三节第3段写明“转移就业农村劳动力人数保持在2400万左右”。');
  });

  it('adds the publisher’s results after the target, with their source, of the same kind only', () => {
    const results = {
      sources: { b: { title: '2025年统计公报', issuer: '某厅', date: '2026-03-01', url: 'https://example.test/b' } },
      results: [
        { indicator: 'plan14-rural-labour-transferred', year: 2025 as const, value: 2390, unit: '万人', source: 'b' },
        { indicator: 'plan14-urban-new-jobs', year: 2021 as const, value: 90, unit: '万人', source: 'b' },
      ],
    };
    const level = indicatorChartSpec(indicatorSeries(byId('plan14-rural-labour-transferred'), indicators), stated, results)!;
    expect(level.bars.at(-1)).toMatchObject({ label: '2025年实际数值（某厅公布）', value: 2390, text: '2390万人', style: 'recorded' });
    expect(level.source).toBe('来源：规划专栏1、专栏2；实际数值：某厅《2025年统计公报》');
    expect(level.table.rows.at(-1)).toEqual(['2025年实际数值', '2390', '某厅《2025年统计公报》（2026年3月1日）']);
    // A year's value of a five-year total is not drawn beside the totals.
    const total = indicatorChartSpec(indicatorSeries(byId('plan14-urban-new-jobs'), indicators), stated, results)!;
    expect(total.bars.map((b) => b.id)).not.toContain('result2021');
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
