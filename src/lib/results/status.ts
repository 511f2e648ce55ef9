/**
 * A 十四五 target against the publisher's results, by one rule written on the page (RULE): the form of
 * the target decides the comparison, as the plan prints it. Only a value the publisher entered is
 * compared; a status is never given for a year-end target without the 2025 value, nor for a
 * five-year total without the total or all five years.
 */
import type { Indicator } from '../indicators/schema.ts';
import type { StatedTarget } from '../indicators/describe.ts';
import { round, withUnit } from '../indicators/describe.ts';
import { PLAN_PERIOD } from '../plan-period.ts';
import { PERIOD_TOTAL, type Result, type Results } from './schema.ts';

/** How far from an "around" (左右) target a value may be and still count as reached, as a share of the target. */
const AROUND_TOLERANCE = 0.05;

/** The form of a target: at least, more than, at most, below, around. */
export type TargetForm = 'at-least' | 'above' | 'at-most' | 'below' | 'around';

const FORM_WORDS: Record<TargetForm, string> = {
  'at-least': '不低于目标（含等于）',
  above: '高于目标',
  'at-most': '不高于目标（含等于）',
  below: '低于目标',
  around: `在目标上下${AROUND_TOLERANCE * 100}%以内`,
};

/** The rule, as every page that shows a status writes it. */
export const RULE: readonly string[] = [
  '目标的形式按规划原文：专栏2中目标前的符号优先（“>”高于、“≥”不低于、“<”低于、“≤”不高于）；没有符号时看正文写明同一目标的限定词（“以上”“超过”“不低于”为不低于，“以内”为不高于，“左右”为在目标上下），都没有的为不低于。',
  `“左右”：实际数值在目标上下${AROUND_TOLERANCE * 100}%以内（含）记为“达到”。这一幅度是本站的判断规则，规划没有规定。`,
  `年末指标以${PLAN_PERIOD.end}年的数值判断；[]内的五年累计指标以发布机关公布的${PLAN_PERIOD.start}—${PLAN_PERIOD.end}年累计数判断，没有累计数时以五个年度数值之和判断。缺少所需数值的，不作判断。`,
  '只有发布机关公布、并在本站数据文件中注明出处的数值才参与判断；本站不估算、不补齐任何数值。',
];

/** The target's form: the table's sign first, then the text's qualifier, else a level to reach. */
export function targetForm(ind: Indicator, stated: readonly StatedTarget[] = []): TargetForm {
  const t = ind.target;
  if (t.kind === 'number' && t.comparator) return ({ '>': 'above', '≥': 'at-least', '<': 'below', '≤': 'at-most' } as const)[t.comparator];
  const printed = stated
    .filter((s) => s.indicator === ind.id)
    .map((s) => s.printed)
    .join(' ');
  if (/左右/u.test(printed)) return 'around';
  if (/以内/u.test(printed)) return 'at-most';
  return 'at-least';
}

export type Status = { kind: 'judged'; met: boolean; value: number; basis: string; form: TargetForm } | { kind: 'open'; reason: string };

/** What a 专栏2 indicator's results say about its target. */
export function resultStatus(ind: Indicator, results: Results, stated: readonly StatedTarget[] = []): Status {
  const target = ind.target;
  if (target.kind !== 'number') return { kind: 'open', reason: '目标不是单一数值，不作判断。' };
  const mine = results.results.filter((r) => r.indicator === ind.id);
  if (mine.length === 0) return { kind: 'open', reason: '发布机关尚未公布（或本站尚未收录）实际数值。' };
  const form = targetForm(ind, stated);
  let value: number;
  let basis: string;
  if (target.cumulative) {
    const total = mine.find((r) => r.year === PERIOD_TOTAL);
    const years = Array.from({ length: PLAN_PERIOD.end - PLAN_PERIOD.start + 1 }, (_, k) => PLAN_PERIOD.start + k);
    const yearly = years.map((y) => mine.find((r) => r.year === y));
    if (total) {
      value = total.value;
      basis = `${PLAN_PERIOD.start}—${PLAN_PERIOD.end}年累计数`;
    } else if (yearly.every((r): r is Result => r !== undefined)) {
      value = round(
        yearly.reduce((sum, r) => sum + r.value, 0),
        4,
      );
      basis = `${PLAN_PERIOD.start}—${PLAN_PERIOD.end}年五个年度数值之和`;
    } else {
      return { kind: 'open', reason: `五年累计目标：没有${PLAN_PERIOD.start}—${PLAN_PERIOD.end}年累计数，年度数值也不全，不作判断。` };
    }
  } else {
    const last = mine.find((r) => r.year === PLAN_PERIOD.end);
    if (!last) return { kind: 'open', reason: `年末目标：没有${PLAN_PERIOD.end}年的数值，不作判断。` };
    value = last.value;
    basis = `${PLAN_PERIOD.end}年数值`;
  }
  const t = target.value;
  const met =
    form === 'above'
      ? value > t
      : form === 'at-least'
        ? value >= t
        : form === 'below'
          ? value < t
          : form === 'at-most'
            ? value <= t
            : Math.abs(value - t) <= AROUND_TOLERANCE * t + 1e-9;
  return { kind: 'judged', met, value, basis, form };
}

/** The status in words: "达到（2025年数值1250万人，不低于目标（含等于））", "不作判断：…". */
export function statusText(ind: Indicator, status: Status): string {
  if (status.kind === 'open') return `不作判断：${status.reason}`;
  return `${status.met ? '达到' : '未达到'}（${status.basis}${withUnit(status.value, ind.unit)}；目标形式：${FORM_WORDS[status.form]}）`;
}

/** A result's year as readers read it: 2023年, 2021—2025年累计. */
export const yearLabel = (year: Result['year']): string => (year === PERIOD_TOTAL ? `${PLAN_PERIOD.start}—${PLAN_PERIOD.end}年累计` : `${year}年`);
