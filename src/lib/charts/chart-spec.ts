/**
 * What to draw, decided from the data module: each chart is a list of horizontal bars on one axis
 * that starts at zero (so no two units ever share an axis, and no dual axes), with the text written on
 * each bar, the scale, the marks that must be readable without colour, the one-sentence description,
 * the data table and what was left out and why. Pure: unit-tested, used at build time; the static SVG
 * and the Chart.js configuration both draw exactly this.
 *
 * Honesty rules, each decided here once:
 * - Ceiling and floor targets ("≤4.5", ">425") are compared as the plan compares them
 *   ("3.63% ≤ 4.5% ✓"), never turned into a completion percentage.
 * - An outlier (more than OUTLIER_FACTOR times the next largest bar) would squash every other bar: the
 *   axis is scaled to the others, its bar is cut at the axis end with a break mark, and its true value
 *   is written on it and named in a note. Chosen over a log scale (most readers misread one, and it
 *   cannot show zero or a fall) and over a chart of its own (one bar says nothing about the others).
 * - A tiny change still gets a visible stub (MIN_BAR_PX) and its value written, so it never looks
 *   like missing data; a missing value is a row that says 无数值, not an empty gap.
 * - Five-year totals ([…]) and year-end levels are never bars of one chart.
 */
import type { Indicator } from '../indicators/schema.ts';
import { achievement, attributeLabel, changeNeeded, CHANGE_REASONS, comparisonText, formatChange, rowLabel, round, withUnit } from '../indicators/describe.ts';
import type { IndicatorSeries } from '../indicators/series.ts';
import type { PlanValue } from '../indicators/plan-value.ts';

/** How a bar is drawn; every style also has a text mark in the bar's label or text. */
export type BarStyle = 'binding' | 'expected' | 'achieved' | 'missed' | 'recorded' | 'target';

export interface ChartBar {
  /** The indicator's id (dashboard charts) or the series point's key (an indicator's own chart). */
  id: string;
  /** Written above the bar, with the text marks: 失业保险参保人数〔约束性〕 */
  label: string;
  /** Bar length in axis units; null: no bar, the row shows `text` only (a comparison, 无数值). */
  value: number | null;
  /** Written at the bar's end: "+0.5%", "≤4.5%", "3.63% ≤ 4.5% ✓". */
  text: string;
  style: BarStyle;
  /** The bar is longer than the axis (an outlier): drawn to the axis end with a break mark. */
  truncated?: boolean;
}

export interface ChartScale {
  min: number;
  max: number;
  /** Distance between gridlines. */
  step: number;
  /** Written after tick numbers: "%", "个百分点", "万人". */
  suffix: string;
}

export interface ChartSpec {
  /** Stable ASCII id: the figure's anchor and the static images' file names. */
  id: string;
  title: string;
  /** One sentence generated from the data. */
  description: string;
  /** 来源：规划专栏2 */
  source: string;
  /** Title of the value axis. */
  axis: string;
  scale: ChartScale;
  /** A dashed line at this value (100% = target met), or none. */
  reference: number | null;
  bars: ChartBar[];
  /** Legend entries as text: style -> words. */
  legend: { style: BarStyle; text: string }[];
  /** The data as a table: header cells and one row per bar (first cell is the row header). */
  table: { header: string[]; rows: string[][] };
  /** Indicators of the table left out of the chart, with the reason. */
  excluded: { label: string; reason: string }[];
  /** Sentences that say how to read the chart: a cut bar, a comparison. */
  notes: string[];
}

/** A bar more than this many times the next largest is an outlier (see the module comment). */
export const OUTLIER_FACTOR = 2.5;
/** The shortest bar drawn for a value that is not zero, in px. */
export const MIN_BAR_PX = 3;

const tableLabel = (ind: Indicator): string => rowLabel(ind).replace(/^\d+\./, '');
const mark = (ind: Indicator): string => (ind.attribute === 'binding' ? '〔约束性〕' : '');
const signed = (x: number, suffix: string): string => `${x > 0 ? '+' : ''}${x}${suffix}`;

/** A step giving about `ticks` gridlines over the span. */
export function niceStep(span: number, ticks = 5): number {
  const raw = span / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * mag;
}

/**
 * The scale for a set of bar values: from zero (or below, for falls) to a round number past the
 * largest, with outliers cut (returned by index).
 */
export function scaleFor(values: readonly number[], suffix: string, reference: number | null = null): { scale: ChartScale; outliers: Set<number> } {
  const outliers = new Set<number>();
  const order = values.map((v, i) => ({ v: Math.abs(v), i })).sort((a, b) => b.v - a.v);
  // Cut the largest while it dwarfs the next one; keep at least two bars on the scale.
  for (let k = 0; k < order.length - 2; k++) {
    const [big, next] = [order[k]!, order[k + 1]!];
    if (next.v > 0 && big.v > OUTLIER_FACTOR * next.v) outliers.add(big.i);
    else break;
  }
  const kept = values.filter((_, i) => !outliers.has(i));
  const lo = Math.min(0, ...kept, ...(reference === null ? [] : [reference]));
  const hi = Math.max(0, ...kept, ...(reference === null ? [] : [reference]));
  const step = niceStep(hi - lo || 1);
  const min = Math.floor(lo / step) * step;
  // With an outlier, one more step: its cut bar clearly runs past every other bar.
  let max = Math.ceil(hi / step) * step;
  if (outliers.size) max += step;
  return { scale: { min: round(min, 6), max: round(max, 6), step, suffix }, outliers };
}

/** Puts the outliers' bars at the axis end, marked; the text keeps the true value. */
function cut(bars: ChartBar[], outliers: Set<number>, scale: ChartScale): ChartBar[] {
  return bars.map((b, i) => (outliers.has(i) && b.value !== null ? { ...b, truncated: true, value: b.value > 0 ? scale.max : scale.min, label: `${b.label}〔条形截断〕` } : b));
}

function outlierNote(bars: readonly ChartBar[]): string[] {
  return bars
    .filter((b) => b.truncated)
    .map((b) => `${b.label.replace(/〔.*?〕/gu, '')}（${b.text}）远超其他指标：条形在坐标轴末端截断（标注〔条形截断〕），数值照实标出，其他条形因此不被压缩。`);
}

/** 十三五 results against their targets: a percent of the target, or the plan's comparison for bounds. */
export function scorecardSpec(indicators: readonly Indicator[]): ChartSpec {
  const rows = indicators.filter((ind) => ind.column === 1);
  const bars: ChartBar[] = [];
  const table: string[][] = [];
  const excluded: ChartSpec['excluded'] = [];
  for (const ind of rows) {
    const a = achievement(ind);
    if (a.kind === 'none') {
      excluded.push({ label: tableLabel(ind), reason: a.reason });
      continue;
    }
    const bounded = ind.target.kind === 'number' && ind.target.comparator !== undefined;
    const comparison = comparisonText(ind)!;
    const label = `${ind.name}${a.achieved ? '（完成）' : '（未完成）'}${ind.target.kind === 'number' && ind.target.cumulative ? '〔累计〕' : ''}`;
    const style = a.achieved ? 'achieved' : 'missed';
    // A ceiling or floor is met or not; "target ÷ result" would be a figure the plan never states.
    bars.push(bounded ? { id: ind.id, label, value: null, text: comparison, style } : { id: ind.id, label, value: a.percent, text: `${a.percent}% ${a.achieved ? '✓' : '✗'}`, style });
    table.push([tableLabel(ind), ind.target.text, ind.actual!.text, comparison, bounded ? '—（目标为上限，按规划的比较）' : `${a.percent}%`, a.achieved ? '完成' : '未完成']);
  }
  const met = bars.filter((b) => b.style === 'achieved').length;
  const { scale } = scaleFor(bars.flatMap((b) => (b.value === null ? [] : [b.value])), '%', 100);
  const bounded = bars.filter((b) => b.value === null);
  return {
    id: 'scorecard-13',
    title: '“十三五”主要指标完成情况：完成数相当于规划目标的百分比',
    description: `专栏1的${rows.length}项指标中，${bars.length}项可与目标直接比较，其中${met}项完成目标${bars.length - met ? `，${bars.length - met}项未完成` : ''}；100%以上表示完成${bounded.length ? `，目标为上限的指标按规划的写法比较（${bounded.map((b) => b.text).join('；')}）` : ''}。`,
    source: '来源：规划专栏1',
    axis: '完成数相当于规划目标的百分比（%）',
    scale,
    reference: 100,
    bars,
    legend: [
      { style: 'achieved', text: '完成目标（✓）' },
      { style: 'missed', text: '未完成目标（✗）' },
    ],
    table: { header: ['指标', '“十三五”规划目标', '2020年完成数', '与目标比较', '完成程度', '结果'], rows: table },
    excluded,
    notes: bounded.length ? [`目标为上限的指标（${bounded.map((b) => b.label.replace(/（.*$/u, '')).join('、')}）不换算为百分比，写出规划的比较。`] : [],
  };
}

/**
 * 十四五, year-end levels: how far each 2025 target is from its 2020 value. Counts (万人, 个, 人) change
 * in percent; rates (%) in percentage points, on a chart of their own, since a percent of a percentage
 * misleads.
 */
export function levelChangeSpec(indicators: readonly Indicator[], kind: 'count' | 'rate'): ChartSpec {
  const raw: ChartBar[] = [];
  const table: string[][] = [];
  const excluded: ChartSpec['excluded'] = [];
  const rate = kind === 'rate';
  const suffix = rate ? '个百分点' : '%';
  for (const ind of indicators.filter((i) => i.column === 2 && (i.unit === '%') === rate)) {
    const change = changeNeeded(ind);
    if (change.kind === 'none') {
      if (change.reason !== CHANGE_REASONS.cumulative) excluded.push({ label: tableLabel(ind), reason: change.reason });
      continue;
    }
    const value = rate ? change.absolute : change.percent!;
    raw.push({ id: ind.id, label: `${ind.name}${mark(ind)}`, value, text: signed(value, suffix), style: ind.attribute === 'binding' ? 'binding' : 'expected' });
    table.push([tableLabel(ind), ind.base.text, ind.target.text, rate ? signed(value, suffix) : formatChange(ind, change), attributeLabel(ind)]);
  }
  const { scale, outliers } = scaleFor(raw.map((b) => b.value!), suffix, 0);
  const bars = cut(raw, outliers, scale);
  const up = raw.filter((b) => b.value! > 0).length;
  const top = [...raw].sort((a, b) => b.value! - a.value!)[0];
  const least = [...raw].sort((a, b) => Math.abs(a.value!) - Math.abs(b.value!))[0];
  return {
    id: rate ? 'points-change-14' : 'level-change-14',
    title: rate
      ? '“十四五”主要指标（以%计的比率）：2025年目标较2020年的变化（百分点）'
      : '“十四五”主要指标（人数、个数）：2025年目标较2020年的变化幅度（%）',
    description: `专栏2中${raw.length}项${rate ? '以%计的比率指标' : '以人数、个数计的年末水平指标'}里，${up}项的2025年目标高于2020年，${raw.length - up}项低于或等于2020年；变化最大的是${top ? `${top.label.replace(/〔.*〕/u, '')}（${top.text}）` : '—'}，最小的是${least ? `${least.label.replace(/〔.*〕/u, '')}（${least.text}）` : '—'}。`,
    source: '来源：规划专栏2',
    axis: rate ? '2025年目标较2020年的变化（百分点）' : '2025年目标较2020年的变化（%）',
    scale,
    reference: 0,
    bars,
    legend: [
      { style: 'binding', text: '约束性指标（标签注〔约束性〕）' },
      { style: 'expected', text: '预期性指标' },
    ],
    table: { header: ['指标', '2020年', '2025年目标', '需要的变化', '属性'], rows: table },
    excluded,
    notes: outlierNote(bars),
  };
}

/** 十四五, five-year totals: each cumulative target as a percent of what was done in 十三五. */
export function cumulativeSpec(indicators: readonly Indicator[]): ChartSpec {
  const raw: ChartBar[] = [];
  const table: string[][] = [];
  const excluded: ChartSpec['excluded'] = [];
  for (const ind of indicators.filter((i) => i.column === 2)) {
    const { base, target } = ind;
    const cumulative = (base.kind === 'number' && base.cumulative) || (target.kind === 'number' && target.cumulative);
    if (!cumulative) continue;
    if (base.kind !== 'number' || target.kind !== 'number') {
      excluded.push({ label: tableLabel(ind), reason: CHANGE_REASONS.missing });
      continue;
    }
    const percent = round((target.value / base.value) * 100, 1);
    // A floor (">425") is a target of at least that much: the sign stays with the number.
    raw.push({ id: ind.id, label: `${ind.name}〔累计〕${mark(ind)}`, value: percent, text: `${target.comparator ?? ''}${percent}%`, style: ind.attribute === 'binding' ? 'binding' : 'expected' });
    table.push([tableLabel(ind), base.text, target.text, `${target.comparator ?? ''}${percent}%`, attributeLabel(ind)]);
  }
  const { scale, outliers } = scaleFor(raw.map((b) => b.value!), '%', 100);
  const bars = cut(raw, outliers, scale);
  const more = raw.filter((b) => b.value! > 100).length;
  return {
    id: 'cumulative-14',
    title: '“十四五”五年累计指标：目标相当于“十三五”完成量的百分比',
    description: `专栏2中${raw.length}项五年累计指标里，${more}项的“十四五”目标高于“十三五”五年完成量，${raw.length - more}项低于或持平；100%表示与“十三五”持平。`,
    source: '来源：规划专栏2',
    axis: '“十四五”目标相当于“十三五”完成量（%）',
    scale,
    reference: 100,
    bars,
    legend: [
      { style: 'binding', text: '约束性指标（标签注〔约束性〕）' },
      { style: 'expected', text: '预期性指标' },
    ],
    table: { header: ['指标', '“十三五”五年累计', '“十四五”五年目标', '目标相当于“十三五”', '属性'], rows: table },
    excluded,
    notes: outlierNote(bars),
  };
}

export const dashboardSpecs = (indicators: readonly Indicator[]): ChartSpec[] => [
  scorecardSpec(indicators),
  levelChangeSpec(indicators, 'count'),
  levelChangeSpec(indicators, 'rate'),
  cumulativeSpec(indicators),
];

/** A value as written on its bar: "≤4.5%", ">425万人", "无数值". */
export function valueText(v: PlanValue, unit: string | null): string {
  if (v.kind === 'none') return '无数值';
  if (v.kind === 'ratio') return v.text;
  return `${v.comparator ?? ''}${withUnit(v.value, unit)}`;
}

/**
 * An indicator's own chart: its series (2015 base, 十三五 target, 2020 result, 2025 target, or 2020 vs
 * 2025), one bar per point on the indicator's own unit from zero. Null when there is nothing to draw
 * (a ratio such as 13:39:48, or no number at all): the page then shows the table alone and says why.
 */
export function indicatorChartSpec(series: IndicatorSeries): ChartSpec | null {
  if (series.kind === 'ratio' || series.kind === 'none') return null;
  const ind = series.indicator;
  const unit = ind.unit ?? '';
  const totals = series.kind === 'totals';
  const bars: ChartBar[] = series.points.map((p) => ({
    id: p.key,
    label: p.label,
    value: p.value.kind === 'number' ? p.value.value : null,
    text: valueText(p.value, ind.unit),
    style: p.role === 'target' ? 'target' : 'recorded',
  }));
  const { scale } = scaleFor(bars.flatMap((b) => (b.value === null ? [] : [b.value])), unit);
  const notes: string[] = [];
  const comparison = series.plan13 ? comparisonText(series.plan13) : null;
  if (comparison) notes.push(`“十三五”规划目标完成情况：${comparison}。`);
  const bound = series.points.find((p) => p.value.kind === 'number' && p.value.comparator);
  if (bound && bound.value.kind === 'number') {
    notes.push(`${bound.label}为${'<≤'.includes(bound.value.comparator!) ? '上限' : '下限'}（${bound.value.text}），条形画到该数值。`);
  }
  const table = series.points.map((p) => [p.label, p.value.text, `专栏${p.from.column}第${p.from.column === 1 ? series.plan13!.n : series.plan14!.n}项`]);
  return {
    id: ind.id,
    title: `${ind.name}${totals ? '（五年累计）' : ''}：${series.plan13 && series.plan14 ? '2015—2025年' : series.plan14 ? '2020年与2025年目标' : '2015—2020年'}`,
    description: '',
    source: `来源：规划${[...new Set(series.points.map((p) => `专栏${p.from.column}`))].join('、')}`,
    axis: `${totals ? '五年累计' : '数值'}（${unit}）`,
    scale,
    reference: null,
    bars,
    legend: [
      { style: 'recorded', text: '实际数值' },
      { style: 'target', text: '规划目标' },
    ],
    table: { header: ['项目', `规划原文${ind.unit ? `（${ind.unit}）` : ''}`, '出处'], rows: table },
    excluded: [],
    notes,
  };
}
