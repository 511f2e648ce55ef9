/**
 * Words and numbers derived from an indicator record: the row label as printed, values in a
 * sentence, the change a 十四五 target asks for, whether a 十三五 target was met, and the one-sentence
 * description shown next to charts and in the dashboard.
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

const COMPARATOR_WORDS = { '<': '低于', '≤': '不高于', '>': '超过', '≥': '不少于' } as const;

/** A value in words: "≤4.5" + % -> "不高于4.5%"; "[>425]" + 万人 -> "累计超过425万人". */
export function valueInWords(v: PlanValue, unit: string | null): string {
  if (v.kind === 'none') return '无数据';
  if (v.kind === 'ratio') return v.text;
  return `${v.cumulative ? '五年累计' : ''}${v.comparator ? COMPARATOR_WORDS[v.comparator] : ''}${withUnit(v.value, unit)}`;
}

/** True when the target is an upper bound ("<6", "≤4.5"): lower is better. */
export const isCeiling = (v: PlanValue): boolean => v.kind === 'number' && (v.comparator === '<' || v.comparator === '≤');

export type Change =
  | { kind: 'change'; absolute: number; percent: number | null }
  | { kind: 'none'; reason: string };

export const CHANGE_REASONS = {
  missing: '规划未列出2020年数值或目标值，无法计算。',
  ratio: '比例指标，无法用单一数值比较。',
  cumulative: '[]内为五年累计数：2020年数值是“十三五”五年合计，2025年目标是“十四五”五年合计，不是需要“提高到”的年末水平。',
  ceiling: '目标为上限（控制在某一数值以内），不是需要达到的数值。',
} as const;

/** The change from the 2020 value to the 2025 target of a 专栏2 indicator, or why there is none. */
export function changeNeeded(ind: Indicator): Change {
  const { base, target } = ind;
  if (base.kind === 'ratio' || target.kind === 'ratio') return { kind: 'none', reason: CHANGE_REASONS.ratio };
  if (base.kind === 'none' || target.kind === 'none') return { kind: 'none', reason: CHANGE_REASONS.missing };
  if (base.cumulative || target.cumulative) return { kind: 'none', reason: CHANGE_REASONS.cumulative };
  if (isCeiling(target)) return { kind: 'none', reason: CHANGE_REASONS.ceiling };
  const absolute = round(target.value - base.value);
  // A percent of a percentage would read as percentage points; those get the absolute change only.
  const percent = ind.unit === '%' || base.value === 0 ? null : round((absolute / base.value) * 100, 1);
  return { kind: 'change', absolute, percent };
}

/** "+153万人（+14.6%）", "+3.5个百分点", "-7个百分点"; "—" when there is no meaningful change. */
export function formatChange(ind: Indicator, change: Change = changeNeeded(ind)): string {
  if (change.kind === 'none') return '—';
  const sign = change.absolute > 0 ? '+' : '';
  if (ind.unit === '%') return `${sign}${change.absolute}个百分点`;
  const pct = change.percent === null ? '' : `（${change.percent > 0 ? '+' : ''}${change.percent}%）`;
  return `${sign}${withUnit(change.absolute, ind.unit)}${pct}`;
}

export type Achievement =
  | { kind: 'judged'; achieved: boolean; /** Result as a percent of the target; for upper bounds target ÷ result. */ percent: number }
  | { kind: 'none'; reason: string };

/** Whether a 专栏1 indicator met its 十三五 target, honouring the comparator (3.63 against ≤4.5 is met). */
export function achievement(ind: Indicator): Achievement {
  const { target, actual } = ind;
  if (!actual || actual.kind === 'none' || target.kind === 'none') return { kind: 'none', reason: '规划未列出完成数或目标值。' };
  if (actual.kind === 'ratio' || target.kind === 'ratio') return { kind: 'none', reason: CHANGE_REASONS.ratio };
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
 * One sentence about the indicator, from the data:
 * 失业保险参保人数由2020年的1047万人提高到2025年的1200万人，为约束性指标。
 */
export function describeIndicator(ind: Indicator): string {
  const { base, target, name, unit } = ind;
  if (ind.column === 1) {
    const a = achievement(ind);
    const result = ind.actual ? valueInWords(ind.actual, unit) : '无数据';
    const verdict = a.kind === 'judged' ? (a.achieved ? '完成目标' : '未完成目标') : '无法直接比较';
    return `${name}“十三五”规划目标为${valueInWords(target, unit)}，2020年完成${result}，${verdict}。`;
  }
  const attribute = `为${attributeLabel(ind)}指标`;
  if (base.kind === 'number' && target.kind === 'number' && !base.cumulative && !target.comparator && !target.cumulative) {
    const verb = target.value > base.value ? '提高到' : target.value < base.value ? '调整为' : '保持在';
    return `${name}由2020年的${withUnit(base.value, unit)}${verb}2025年的${withUnit(target.value, unit)}，${attribute}。`;
  }
  if (base.kind === 'number' && base.cumulative && target.kind === 'number') {
    return `${name}“十三五”时期累计${withUnit(base.value, unit)}，“十四五”时期目标为累计${valueInWords({ ...target, cumulative: false }, unit)}，${attribute}。`;
  }
  const from = base.kind === 'none' ? '（2020年无数值）' : `2020年为${valueInWords(base, unit)}，`;
  const goal = target.kind === 'number' && target.cumulative ? `“十四五”时期目标为累计${valueInWords({ ...target, cumulative: false }, unit)}` : `2025年目标为${valueInWords(target, unit)}`;
  return base.kind === 'none' ? `${name}${goal}${from}，${attribute}。` : `${name}${from}${goal}，${attribute}。`;
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
 * “十四五”规划目标为2025年95%，比2020年提高3.5个百分点，为预期性指标。
 */
export function describeSeries(series: IndicatorSeries): string {
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
    const change = changeNeeded(plan14);
    const base = plan14.base;
    const from = plan13 ? '' : base.kind === 'none' ? '2020年无数值，' : base.kind === 'number' && base.cumulative ? `“十三五”时期${valueInWords(base, unit)}，` : `2020年为${valueInWords(base, unit)}，`;
    const goal = plan14.target.kind === 'number' && plan14.target.cumulative ? valueInWords(plan14.target, unit) : `2025年${valueInWords(plan14.target, unit)}`;
    const delta = change.kind === 'change' && change.absolute !== 0 ? `，比2020年${change.absolute > 0 ? '提高' : '降低'}${unit === '%' ? `${Math.abs(change.absolute)}个百分点` : `${withUnit(Math.abs(change.absolute), unit)}${change.percent === null ? '' : `（${Math.abs(change.percent)}%）`}`}` : '';
    parts.push(`${from}“十四五”规划目标为${goal}${delta}，为${attributeLabel(plan14)}指标`);
  }
  return `${name}${parts.join('；')}。`;
}
