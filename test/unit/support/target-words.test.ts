/**
 * The check the site test runs over every page that speaks of a target (test/support/target-words.ts)
 * must fail on every sentence the issue quotes from the site as it was, and pass the plan's own forms.
 */
import { describe, expect, it } from 'vitest';
import { indicators } from '../../../src/data/indicators.ts';
import { targets } from '../../../src/data/targets.ts';
import { readPlan } from '../../../src/integrations/plan/read-plan.ts';
import { generalWordProblems, targetWordProblems, type TargetFacts } from '../../support/target-words.ts';

const planText = readPlan()
  .passages.map((p) => p.text.replace(/\s+/gu, ''))
  .join('');
const facts = (id: string, sentence = true): TargetFacts => {
  const row = indicators.find((i) => i.id === id)!;
  const rows = [row, ...indicators.filter((i) => i.id === row.continues)];
  return { rows, stated: targets.filter((t) => t.indicator === id), planText, sentence };
};

describe('targetWordProblems', () => {
  it.each([
    [
      'plan14-rural-labour-transferred',
      '转移就业农村劳动力人数2020年为2573万人，“十四五”规划目标为2025年2400万人，比2020年降低173万人（6.7%），为预期性指标。',
    ],
    [
      'plan14-rural-labour-transferred-in-province',
      '省内转移人数2020年为1459万人，“十四五”规划目标为2025年1300万人，比2020年降低159万人（10.9%），为预期性指标。',
    ],
    ['plan14-mediation-success-rate', '劳动人事争议调解成功率2020年为67%，“十四五”规划目标为2025年60%，比2020年降低7个百分点，为预期性指标。'],
    ['plan14-arbitration-closure-rate', '“十四五”规划目标为2025年90%，比2020年降低5.2个百分点，为预期性指标。'],
    ['plan14-labour-inspection-closure-rate', '“十四五”规划目标为2025年96%，比2020年降低4个百分点，为预期性指标。'],
    ['plan14-rural-labour-transferred', '四川计划减少农村劳动力转移就业173万人'],
  ])('fails the site’s old sentence about %s', (id, sentence) => {
    expect(targetWordProblems(sentence, facts(id))).not.toEqual([]);
  });

  it.each([
    ['plan14-rural-labour-transferred', '-173万人（-6.7%）'],
    ['plan14-mediation-success-rate', '-7个百分点'],
    ['plan14-pension-coverage-rate', '+3.5个百分点'],
  ])('fails the dashboard’s old 需要的变化 cell for %s', (id, cell) => {
    expect(targetWordProblems(cell, facts(id, false))).not.toEqual([]);
  });

  it('fails a target whose sign or qualifier is lost, and a quote that is not the plan’s', () => {
    expect(targetWordProblems('“十四五”规划目标为2025年6%', facts('plan14-surveyed-unemployment-rate'))).toContainEqual(
      expect.stringMatching(/without its sign/u),
    );
    expect(targetWordProblems('“十四五”规划目标为2025年2400万人', facts('plan14-rural-labour-transferred'))).toContainEqual(
      expect.stringMatching(/"2400万左右"/u),
    );
    expect(targetWordProblems('第一章第三节写明“转移就业农村劳动力人数减少到2400万左右”', facts('plan14-rural-labour-transferred'))).toContainEqual(
      expect.stringMatching(/not in the plan/u),
    );
  });

  it('passes the plan’s own forms', () => {
    expect(
      targetWordProblems(
        '转移就业农村劳动力人数2020年为2573万人，“十四五”规划目标为2025年2400万人（专栏2），第一章第三节第3段写明“转移就业农村劳动力人数保持在2400万左右”，为预期性指标。',
        facts('plan14-rural-labour-transferred'),
      ),
    ).toEqual([]);
    expect(
      targetWordProblems('城镇调查失业率2020年无数值，“十四五”规划目标为2025年低于6%（专栏2）', facts('plan14-surveyed-unemployment-rate', false)),
    ).toEqual([]);
    expect(targetWordProblems('目标 <6%', facts('plan14-surveyed-unemployment-rate', false))).toEqual([]);
    expect(targetWordProblems('[>425]', facts('plan14-urban-new-jobs', false))).toEqual([]);
  });
});

describe('generalWordProblems', () => {
  it('fails the old column header and chart title, passes the plan’s names and quotes', () => {
    expect(generalWordProblems('需要的变化', [])).not.toEqual([]);
    expect(generalWordProblems('“十四五”主要指标（以%计的比率）：2025年目标较2020年的变化（百分点）', [])).not.toEqual([]);
    expect(generalWordProblems('新增城乡居民基本养老保险基金委托投资金额', ['新增城乡居民基本养老保险基金委托投资金额'])).toEqual([]);
    expect(generalWordProblems('2-3个', [])).toEqual([]);
  });
});
