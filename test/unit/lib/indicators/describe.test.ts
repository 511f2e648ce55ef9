import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { achievement, changeNeeded, CHANGE_REASONS, comparisonText, describeIndicator, describeSeries, formatChange, rowLabel } from '../../../../src/lib/indicators/describe.ts';
import { indicatorSeries } from '../../../../src/lib/indicators/series.ts';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

describe('describeIndicator', () => {
  it('writes the 2020 -> 2025 sentence with the attribute', () => {
    expect(describeIndicator(byId('plan14-unemployment-insurance-insured'))).toBe('失业保险参保人数由2020年的1047万人提高到2025年的1200万人，为约束性指标。');
  });

  it('speaks of five-year totals for cumulative indicators', () => {
    expect(describeIndicator(byId('plan14-urban-new-jobs'))).toBe('城镇新增就业人数“十三五”时期累计522.04万人，“十四五”时期目标为累计超过425万人，为预期性指标。');
  });

  it('names an upper bound as such', () => {
    expect(describeIndicator(byId('plan14-registered-unemployment-rate'))).toBe('城镇登记失业率2020年为3.63%，2025年目标为低于4.5%，为预期性指标。');
  });

  it('says when the plan gives no 2020 value', () => {
    expect(describeIndicator(byId('plan14-hr-services-revenue'))).toBe('人力资源服务业总营业收入2025年目标为2500亿元（2020年无数值），为预期性指标。');
  });

  it('judges a 十三五 result against its target', () => {
    expect(describeIndicator(byId('plan13-registered-unemployment-rate'))).toBe('城镇登记失业率“十三五”规划目标为不高于4.5%，2020年完成3.63%，完成目标。');
  });
});

describe('achievement', () => {
  it('honours the comparator: 3.63 against ≤4.5 is met', () => {
    expect(achievement(byId('plan13-registered-unemployment-rate'))).toEqual({ kind: 'judged', achieved: true, percent: 124 });
  });

  it('cannot judge a ratio or a missing result', () => {
    expect(achievement(byId('plan13-professional-talent-ratio')).kind).toBe('none');
    expect(achievement(byId('plan13-labour-contract-rate')).kind).toBe('none');
  });

  it('finds every 十三五 target that can be judged met, as the plan says', () => {
    const judged = indicators.filter((i) => i.column === 1).map(achievement).filter((a) => a.kind === 'judged');
    expect(judged).toHaveLength(11);
    expect(judged.every((a) => a.kind === 'judged' && a.achieved)).toBe(true);
  });
});

describe('changeNeeded', () => {
  it('gives absolute and percent change for counts', () => {
    expect(changeNeeded(byId('plan14-unemployment-insurance-insured'))).toEqual({ kind: 'change', absolute: 153, percent: 14.6 });
    expect(formatChange(byId('plan14-unemployment-insurance-insured'))).toBe('+153万人（+14.6%）');
  });

  it('gives percentage points, not percent, for rates', () => {
    expect(formatChange(byId('plan14-pension-coverage-rate'))).toBe('+3.5个百分点');
  });

  it('explains instead of computing for cumulative, bounded, missing and ratio values', () => {
    expect(changeNeeded(byId('plan14-urban-new-jobs'))).toEqual({ kind: 'none', reason: CHANGE_REASONS.cumulative });
    expect(changeNeeded(byId('plan14-registered-unemployment-rate'))).toEqual({ kind: 'none', reason: CHANGE_REASONS.ceiling });
    expect(changeNeeded(byId('plan14-surveyed-unemployment-rate'))).toEqual({ kind: 'none', reason: CHANGE_REASONS.missing });
    expect(changeNeeded(byId('plan13-professional-talent-ratio'))).toEqual({ kind: 'none', reason: CHANGE_REASONS.ratio });
    expect(formatChange(byId('plan14-urban-new-jobs'))).toBe('—');
  });
});

describe('rowLabel', () => {
  it('rebuilds the first cell as printed, with 其中 and the unit', () => {
    expect(rowLabel(byId('plan14-migrant-worker-training'))).toBe('5.其中：农民工参加职业培训人次（万人次）');
    expect(rowLabel(byId('plan13-professional-talent-ratio'))).toBe('8.高、中、初级专业技术人才比例');
  });
});

describe('comparisonText', () => {
  it('compares a ceiling as the plan does, not as a percentage', () => {
    expect(comparisonText(byId('plan13-registered-unemployment-rate'))).toBe('3.63% ≤ 4.5% ✓');
  });

  it('reads a target printed without sign as one to reach', () => {
    expect(comparisonText(byId('plan13-pension-coverage-rate'))).toBe('91.5% ≥ 90% ✓');
  });

  it('has nothing to compare for a ratio, a missing result or a 专栏2 row', () => {
    expect(comparisonText(byId('plan13-professional-talent-ratio'))).toBeNull();
    expect(comparisonText(byId('plan13-labour-contract-rate'))).toBeNull();
    expect(comparisonText(byId('plan14-pension-coverage-rate'))).toBeNull();
  });
});

describe('describeSeries', () => {
  const sentence = (id: string) => describeSeries(indicatorSeries(indicators.find((i) => i.id === id)!, indicators));

  it('tells a linked pair from 2015 to 2025 in one sentence', () => {
    expect(sentence('plan14-pension-coverage-rate')).toBe('基本养老保险参保率2015年为80.1%，“十三五”规划目标为90%，2020年为91.5%（91.5% ≥ 90% ✓，完成目标）；“十四五”规划目标为2025年95%，比2020年提高3.5个百分点，为预期性指标。');
  });

  it('speaks of five-year totals and of the ceiling as the plan writes them', () => {
    expect(sentence('plan14-urban-new-jobs')).toContain('实际完成五年累计522.04万人（522.04万人 ≥ 400万人 ✓，完成目标）；“十四五”规划目标为五年累计超过425万人');
    expect(sentence('plan14-registered-unemployment-rate')).toContain('“十三五”规划目标为不高于4.5%，2020年为3.63%（3.63% ≤ 4.5% ✓，完成目标）；“十四五”规划目标为2025年低于4.5%');
  });

  it('says when a value is missing, and gives a tiny change its size', () => {
    expect(sentence('plan14-surveyed-unemployment-rate')).toBe('城镇调查失业率2020年无数值，“十四五”规划目标为2025年低于6%，为预期性指标。');
    expect(sentence('plan14-social-security-card-holders')).toContain('比2020年提高47万人（0.5%）');
  });
});
