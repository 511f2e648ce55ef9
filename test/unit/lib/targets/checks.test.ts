/**
 * The targets list checked like the text: each bad edit of src/data/targets.ts the issue names (a
 * value 425 → 452, a unit 万人 → %, a qualifier 以上 → '', a wrong indicator, a deadline the paragraph
 * does not state) is refused with a message naming the record and the field. Value, range, unit and
 * qualifier are read from the printed phrase when the list loads (parseTargets); the paragraph, the
 * deadline and the indicator against the plan model (checkPlan). The build runs both before rendering
 * a page (src/integrations/plan/plan-checks.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPrinted, parseTargets, readPrinted, type Target } from '../../../../src/lib/targets/schema.ts';
import { checkPlan, unitsAgree } from '../../../../src/lib/plan/check-plan.ts';
import { formatProblem } from '../../../../src/lib/plan/problems.ts';
import { readPlan } from '../../../../src/integrations/plan/read-plan.ts';
import { indicators } from '../../../../src/data/indicators.ts';
import { targets } from '../../../../src/data/targets.ts';
import { errata } from '../../../../src/data/errata.ts';
import { SOURCE_TXT } from '../../../support/paths.ts';
import { chapterFile } from '../../../support/plan-facts.ts';

const official = readFileSync(SOURCE_TXT, 'utf8');
const plan = readPlan();
/** The list with one record changed. */
const edited = (id: string, change: Partial<Target>): Target[] => targets.map((t) => (t.id === id ? { ...t, ...change } : t));
const loadError = (list: readonly Target[]): string => {
  try {
    parseTargets(list);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};
const planProblems = (list: readonly Target[]) => checkPlan(plan, { indicators, targets: list, errata }, official).map(formatProblem);

describe('a target against its printed phrase (when the list loads)', () => {
  it('reads number, range, fraction, unit and qualifier from the phrase', () => {
    expect(readPrinted('425万人以上')).toMatchObject({ value: 425, rest: '万人以上' });
    expect(readPrinted('425万人以上')!.qualifierAt('万人')).toBe('以上');
    expect(readPrinted('2—3个')).toMatchObject({ value: 2, max: 3, rest: '个' });
    expect(readPrinted('2/3人口')!.value).toBeCloseTo(2 / 3, 9);
    expect(readPrinted('千户')).toMatchObject({ value: 1000, rest: '户' });
    expect(readPrinted('至少有1所')!.qualifierAt('所')).toBe('至少');
    expect(readPrinted('一批')).toBeNull();
  });

  it('finds every target of the list as printed', () => {
    expect(targets.flatMap(checkPrinted)).toEqual([]);
  });

  it('refuses a value changed from 425 to 452', () => {
    expect(loadError(edited('t-s1-3-p3-a', { value: 452 }))).toContain(
      'src/data/targets.ts, target "t-s1-3-p3-a", field "value": is 452, but the printed phrase "425万人以上" says 425',
    );
  });

  it('refuses a unit changed from 万人 to %', () => {
    expect(loadError(edited('t-s1-3-p3-a', { unit: '%' }))).toContain(
      'src/data/targets.ts, target "t-s1-3-p3-a", field "unit": is "%", but the printed phrase "425万人以上" reads "万人以上" after the number',
    );
  });

  it('refuses a qualifier dropped (以上 → ""), and one the phrase does not print', () => {
    expect(loadError(edited('t-s1-3-p3-a', { qualifier: '' }))).toContain(
      'src/data/targets.ts, target "t-s1-3-p3-a", field "qualifier": is "", but the printed phrase "425万人以上" reads "以上"',
    );
    expect(loadError(edited('t-s1-3-p4-a', { qualifier: '以上' }))).toContain(
      'target "t-s1-3-p4-a", field "qualifier": is "以上", but the printed phrase "95%" reads "" (no qualifier)',
    );
  });

  it('refuses a range whose ends are not the printed ones, and a range where none is printed', () => {
    expect(loadError(edited('t-column-7-2-p1-a', { max: 4 }))).toContain(
      'target "t-column-7-2-p1-a", field "max": is 4, but the printed phrase "2-3个" is a range up to 3',
    );
    expect(loadError(edited('t-s2-4-p1-a', { max: 200 }))).toContain(
      'target "t-s2-4-p1-a", field "max": is 200, but the printed phrase "100家" is not a range',
    );
  });
});

describe('a target against its paragraph and its indicator (checkPlan)', () => {
  it('finds the list as committed in agreement with the plan', () => {
    expect(planProblems(targets)).toEqual([]);
  });

  it('refuses an indicator that does not carry the same target (value and unit)', () => {
    expect(planProblems(edited('t-s1-3-p3-a', { indicator: 'plan14-surveyed-unemployment-rate' }))).toEqual([
      'src/data/targets.ts, target "t-s1-3-p3-a", field "indicator": "plan14-surveyed-unemployment-rate" (专栏2 row 2) has the 2025 target <6 %, not 425 万人 ("425万人以上"): a target names only the indicator whose target it restates',
    ]);
    expect(planProblems(edited('t-s1-3-p4-b', { indicator: 'plan14-work-injury-insurance-insured' }))[0]).toMatch(
      /field "indicator": "plan14-work-injury-insurance-insured" \(专栏2 row 10\) has the 2025 target 1470 万人, not 1200 万人/u,
    );
  });

  it('refuses an indicator that does not exist', () => {
    expect(planProblems(edited('t-s1-3-p3-c', { indicator: 'plan14-nothing' }))).toEqual([
      'src/data/targets.ts, target "t-s1-3-p3-c", field "indicator": "plan14-nothing" is not an indicator of 专栏2',
    ]);
  });

  it('refuses a deadline its paragraph (or the lead-in before it) does not state', () => {
    expect(planProblems(edited('t-column-7-1-p1-a', { deadline: '到2035年' }))).toEqual([
      `src/data/targets.ts, target "t-column-7-1-p1-a", field "deadline": "到2035年" is not stated in paragraph column-7-1-p1 (${chapterFile(4)}:` +
        lineOf('column-7-1-p1') +
        ') nor in the lead-in before it',
    ]);
    // 第一章第三节: “十四五”时期 stands in the lead-in “‘十四五’时期主要目标：”.
    expect(planProblems(edited('t-s1-3-p3-a', { deadline: '到2035年' }))[0]).toMatch(/target "t-s1-3-p3-a", field "deadline"/u);
  });

  it('refuses a missing deadline where the clause of the number states one', () => {
    expect(planProblems(edited('t-column-7-1-p1-a', { deadline: null }))).toEqual([
      'src/data/targets.ts, target "t-column-7-1-p1-a", field "deadline": is null, but paragraph column-7-1-p1 prints "1.5万家" with "到2025年" (“到2025年人力资源服务市场主体达1.5万家”)',
    ]);
  });

  it('refuses a qualifier that points the other way from the indicator’s sign', () => {
    expect(planProblems(edited('t-s1-3-p3-b', { qualifier: '以上', printed: '6%' }))).toContainEqual(
      expect.stringMatching(/target "t-s1-3-p3-b", field "qualifier": "以上" points the other way from "plan14-surveyed-unemployment-rate"/u),
    );
  });

  it('takes 2400万 for an indicator counted in 万人 (the plan leaves out the noun), and nothing else', () => {
    expect(unitsAgree('万', '万人')).toBe(true);
    expect(unitsAgree('万人', '万人')).toBe(true);
    expect(unitsAgree('%', '万人')).toBe(false);
    expect(unitsAgree('万人次', '万人')).toBe(false);
  });
});

function lineOf(anchor: string): number {
  const p = plan.passages.find((x) => x.anchor === anchor)!;
  return 'line' in p.source ? p.source.line : 0;
}
