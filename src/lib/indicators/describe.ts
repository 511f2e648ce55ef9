/**
 * Words derived from an indicator record: the row label as printed, values in a sentence, whether a
 * 十三五 target was met, and the sentences shown on the indicator pages, beside charts and in the open
 * data. Decided here once, for every page and file:
 *
 * - A target is stated in the plan's own form: the table's cell with its sign and [] in words
 *   ("五年累计超过425万人", "低于6%"), and, where a passage of the text states the same target, that
 *   passage quoted with its verb and qualifier ("转移就业农村劳动力人数保持在2400万左右").
 * - No difference between the 2025 target and the 2020 value is computed, and no verb of change
 *   (提高, 降低, 减少 …) is put in the plan's mouth: the plan prints two values and, in its text, a
 *   level to reach, keep or stay within; it does not print a change.
 */
import { ATTRIBUTES, type Indicator } from './schema.ts';
import type { NumberValue, PlanValue } from './plan-value.ts';
import type { IndicatorSeries } from './series.ts';

/** The first cell as printed: "9.失业保险参保人数（万人）", "5.其中：农民工参加职业培训人次（万人次）". */
export const rowLabel = (ind: Indicator): string => `${ind.n}.${ind.parent ? '其中：' : ''}${ind.name}${ind.unit ? `（${ind.unit}）` : ''}`;

export const attributeLabel = (ind: Indicator): string => (ind.attribute ? ATTRIBUTES[ind.attribute] : '');

/** Rounds for display: at most two decimals, no trailing zeros. */
export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

/** 1047 + 万人 -> "1047万人"; 3.63 + % -> "3.63%". */
export const withUnit = (x: number, unit: string | null): string => `${round(x)}${unit ?? ''}`;

/** The table's signs in words. */
const COMPARATOR_WORDS = { '<': '低于', '≤': '不高于', '>': '超过', '≥': '不低于' } as const;

/** A value in words: "≤4.5" + % -> "不高于4.5%"; "[>425]" + 万人 -> "累计超过425万人". */
export function valueInWords(v: PlanValue, unit: string | null): string {
  if (v.kind === 'none') return '无数据';
  if (v.kind === 'ratio') return v.text;
  return `${v.cumulative ? '五年累计' : ''}${v.comparator ? COMPARATOR_WORDS[v.comparator] : ''}${withUnit(v.value, unit)}`;
}

export type Achievement =
  | { kind: 'judged'; achieved: boolean; /** Result as a percent of the target; for upper bounds target ÷ result. */ percent: number }
  | { kind: 'none'; reason: string };

/** Whether a 专栏1 indicator met its 十三五 target, honouring the comparator (3.63 against ≤4.5 is met). */
export function achievement(ind: Indicator): Achievement {
  const { target, actual } = ind;
  if (!actual || actual.kind === 'none' || target.kind === 'none') return { kind: 'none', reason: '规划未列出完成数或目标值。' };
  if (actual.kind === 'ratio' || target.kind === 'ratio') return { kind: 'none', reason: '比例指标，无法用单一数值比较。' };
  return judge(target, actual);
}

function judge(target: NumberValue, actual: NumberValue): Achievement {
  const t = target.value;
  const a = actual.value;
  switch (target.comparator) {
    case '<':
      return { kind: 'judged', achieved: a < t, percent: round((t / a) * 100, 1) };
    case '≤':
      return { kind: 'judged', achieved: a <= t, percent: round((t / a) * 100, 1) };
    case '>':
      return { kind: 'judged', achieved: a > t, percent: round((a / t) * 100, 1) };
    default:
      return { kind: 'judged', achieved: a >= t, percent: round((a / t) * 100, 1) };
  }
}

/**
 * A passage of the text that states a 专栏2 target (a target of src/data/targets.ts that names the
 * indicator): the clause quoted as printed, with its verb and qualifier, and where it stands.
 */
export interface StatedTarget {
  /** The target's id in src/data/targets.ts. */
  id: string;
  /** The 专栏2 indicator it states. */
  indicator: string;
  /** The paragraph's anchor: s1-3-p3. */
  anchor: string;
  /** The number as printed: 2400万左右. */
  printed: string;
  /** The clause of the paragraph that holds it, whitespace removed: 转移就业农村劳动力人数保持在2400万左右. */
  clause: string;
  /** Where the paragraph stands, for readers: 第一章第三节第3段. */
  where: string;
}

/** The 2020 value of a 专栏2 row in words: "2020年为2573万人", "“十三五”时期五年累计522.04万人", "2020年无数值". */
function baseInWords(ind: Indicator): string {
  const { base, unit } = ind;
  if (base.kind === 'none') return '2020年无数值';
  if (base.kind === 'number' && base.cumulative) return `“十三五”时期${valueInWords(base, unit)}`;
  return `2020年为${valueInWords(base, unit)}`;
}

/** The 2025 column of a 专栏2 row in words, as printed: "2025年2400万人", "五年累计超过425万人", "2025年低于6%". */
function targetCellInWords(ind: Indicator): string {
  const { target, unit } = ind;
  return target.kind === 'number' && target.cumulative ? valueInWords(target, unit) : `2025年${valueInWords(target, unit)}`;
}

/**
 * A 十四五 target in the plan's forms: the table's cell and, when the text states it, the passage:
 * “十四五”规划目标为2025年2400万人（专栏2），第一章第三节第3段写明“转移就业农村劳动力人数保持在2400万左右”
 */
export function targetInWords(ind: Indicator, stated: readonly StatedTarget[] = []): string {
  const quotes = stated.filter((s) => s.indicator === ind.id).map((s) => `，${s.where}写明“${s.clause}”`);
  return `“十四五”规划目标为${targetCellInWords(ind)}（专栏2）${quotes.join('')}`;
}

/**
 * One sentence about the indicator, from the data (the open data's description):
 * 失业保险参保人数2020年为1047万人，“十四五”规划目标为2025年1200万人（专栏2），第一章第三节第4段写明“…”，为约束性指标。
 */
export function describeIndicator(ind: Indicator, stated: readonly StatedTarget[] = []): string {
  const { target, name, unit } = ind;
  if (ind.column === 1) {
    const a = achievement(ind);
    const result = ind.actual ? valueInWords(ind.actual, unit) : '无数据';
    const verdict = a.kind === 'judged' ? (a.achieved ? '完成目标' : '未完成目标') : '无法直接比较';
    return `${name}“十三五”规划目标为${valueInWords(target, unit)}，2020年完成${result}，${verdict}。`;
  }
  return `${name}${baseInWords(ind)}，${targetInWords(ind, stated)}，为${attributeLabel(ind)}指标。`;
}

const MET_SIGN = { '<': '<', '≤': '≤', '>': '>', '≥': '≥' } as const;
const MISSED_SIGN = { '<': '≥', '≤': '>', '>': '≤', '≥': '<' } as const;

/**
 * A 十三五 result against its target, as the plan compares them: "3.63% ≤ 4.5% ✓" for a ceiling,
 * "91.5% ≥ 90% ✓" for a target to reach (a number printed without sign is one), "✗" when missed.
 * Never a percentage of the target: for a ceiling that would be a figure the plan does not state.
 */
export function comparisonText(ind: Indicator): string | null {
  const { target, actual } = ind;
  const a = achievement(ind);
  if (a.kind === 'none' || !actual || actual.kind !== 'number' || target.kind !== 'number') return null;
  const comparator = target.comparator ?? '≥';
  const sign = a.achieved ? MET_SIGN[comparator] : MISSED_SIGN[comparator];
  return `${withUnit(actual.value, ind.unit)} ${sign} ${withUnit(target.value, ind.unit)} ${a.achieved ? '✓' : '✗'}`;
}

/**
 * The figures of a series in one sentence, generated from the data, for an indicator's own page:
 * 基本养老保险参保率2015年为80.1%，“十三五”规划目标为90%，2020年为91.5%（91.5% ≥ 90% ✓，完成目标）；
 * “十四五”规划目标为2025年95%（专栏2），第一章第三节第4段写明“基本养老保险参保率达到95%”，为预期性指标。
 */
export function describeSeries(series: IndicatorSeries, stated: readonly StatedTarget[] = []): string {
  const { plan13, plan14, indicator } = series;
  const unit = indicator.unit;
  const name = indicator.name;
  const parts: string[] = [];
  if (plan13) {
    const totals = series.kind === 'totals';
    const base = plan13.base.kind === 'none' ? '' : `${totals ? '2015年基数为' : '2015年为'}${valueInWords(plan13.base, unit)}，`;
    const actual = plan13.actual!;
    const a = achievement(plan13);
    const comparison = comparisonText(plan13);
    const verdict = a.kind === 'judged' ? `（${comparison ? `${comparison}，` : ''}${a.achieved ? '完成目标' : '未完成目标'}）` : '';
    const result = actual.kind === 'none' ? '2020年无完成数' : totals ? `实际完成${valueInWords(actual, unit)}` : `2020年为${valueInWords(actual, unit)}`;
    parts.push(`${base}“十三五”规划目标为${valueInWords(plan13.target, unit)}，${result}${verdict}`);
  }
  if (plan14) {
    const from = plan13 ? '' : `${baseInWords(plan14)}，`;
    parts.push(`${from}${targetInWords(plan14, stated)}，为${attributeLabel(plan14)}指标`);
  }
  return `${name}${parts.join('；')}。`;
}
