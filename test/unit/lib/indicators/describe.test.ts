import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { achievement, comparisonText, describeIndicator, describeSeries, rowLabel } from '../../../../src/lib/indicators/describe.ts';
import { stated } from '../../../../src/data/stated-targets.ts';
import { indicatorSeries } from '../../../../src/lib/indicators/series.ts';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

describe('describeIndicator', () => {
  it('states the 2020 value and the 2025 target as printed, with the passage that states the target', () => {
    expect(describeIndicator(byId('plan14-unemployment-insurance-insured'), stated)).toBe(
      '失业保险参保人数2020年为1047万人，“十四五”规划目标为2025年1200万人（专栏2），第一章第三节第4段写明“失业保险和工伤保险参保人数分别达到1200万人、1470万人”，为约束性指标。',
    );
  });

  it("keeps the passage's verb and qualifier and computes no change (转移就业农村劳动力人数: 保持在2400万左右, not “降低173万人”)", () => {
    const sentence = describeIndicator(byId('plan14-rural-labour-transferred'), stated);
    expect(sentence).toBe(
      '转移就业农村劳动力人数2020年为2573万人，“十四五”规划目标为2025年2400万人（专栏2），第一章第三节第3段写明“转移就业农村劳动力人数保持在2400万左右”，为预期性指标。',
    );
    expect(sentence).not.toMatch(/降低|173|6\.7/u);
  });

  it('speaks of five-year totals for cumulative indicators', () => {
    expect(describeIndicator(byId('plan14-urban-new-jobs'))).toBe(
      '城镇新增就业人数“十三五”时期五年累计522.04万人，“十四五”规划目标为五年累计超过425万人（专栏2），为预期性指标。',
    );
  });

  it('names an upper bound as such', () => {
    expect(describeIndicator(byId('plan14-registered-unemployment-rate'))).toBe(
      '城镇登记失业率2020年为3.63%，“十四五”规划目标为2025年低于4.5%（专栏2），为预期性指标。',
    );
  });

  it('says when the plan gives no 2020 value', () => {
    expect(describeIndicator(byId('plan14-hr-services-revenue'))).toBe(
      '人力资源服务业总营业收入2020年无数值，“十四五”规划目标为2025年2500亿元（专栏2），为预期性指标。',
    );
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
    const judged = indicators
      .filter((i) => i.column === 1)
      .map(achievement)
      .filter((a) => a.kind === 'judged');
    expect(judged).toHaveLength(11);
    expect(judged.every((a) => a.kind === 'judged' && a.achieved)).toBe(true);
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
  const sentence = (id: string) =>
    describeSeries(
      indicatorSeries(
        indicators.find((i) => i.id === id)!,
        indicators,
      ),
      stated,
    );

  it('tells a linked pair from 2015 to 2025 in one sentence', () => {
    expect(sentence('plan14-pension-coverage-rate')).toBe(
      '基本养老保险参保率2015年为80.1%，“十三五”规划目标为90%，2020年为91.5%（91.5% ≥ 90% ✓，完成目标）；“十四五”规划目标为2025年95%（专栏2），第一章第三节第4段写明“基本养老保险参保率达到95%”，为预期性指标。',
    );
  });

  it('speaks of five-year totals and of the ceiling as the plan writes them', () => {
    expect(sentence('plan14-urban-new-jobs')).toContain(
      '实际完成五年累计522.04万人（522.04万人 ≥ 400万人 ✓，完成目标）；“十四五”规划目标为五年累计超过425万人（专栏2），第一章第三节第3段写明“城镇新增就业达到425万人以上”',
    );
    expect(sentence('plan14-registered-unemployment-rate')).toContain(
      '“十三五”规划目标为不高于4.5%，2020年为3.63%（3.63% ≤ 4.5% ✓，完成目标）；“十四五”规划目标为2025年低于4.5%（专栏2），第一章第三节第3段写明“城镇登记失业率控制在4.5%以内”',
    );
  });

  it('says when a value is missing, and states a target below its 2020 value without a verb of change', () => {
    expect(sentence('plan14-surveyed-unemployment-rate')).toBe(
      '城镇调查失业率2020年无数值，“十四五”规划目标为2025年低于6%（专栏2），第一章第三节第3段写明“城镇调查失业率控制在6%以内”，为预期性指标。',
    );
    expect(sentence('plan14-mediation-success-rate')).toBe('劳动人事争议调解成功率2020年为67%，“十四五”规划目标为2025年60%（专栏2），为预期性指标。');
  });
});
