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
 * - A tiny value still gets a visible stub (MIN_BAR_PX) and its value written, so it never looks
 *   like missing data; a missing value is a row that says 无数值, not an empty gap.
 * - Five-year totals ([…]) and year-end levels are never bars of one chart.
 * - A 十四五 target is drawn as the value the plan prints, beside the 2020 value, never as its
 *   difference from it: no bar, label or note presents arithmetic as a change the plan intends.
 *   Every value on a bar keeps its printed sign; a passage that states the target is quoted with its
 *   verb and qualifier (src/lib/indicators/describe.ts decides the words).
 */
import type { Indicator } from '../indicators/schema.ts';
import { achievement, attributeLabel, comparisonText, rowLabel, round, withUnit, type StatedTarget } from '../indicators/describe.ts';
import type { IndicatorSeries } from '../indicators/series.ts';
import type { PlanValue } from '../indicators/plan-value.ts';
import { PERIOD_TOTAL, type Results } from '../results/schema.ts';
import { yearLabel } from '../results/status.ts';
import { chineseDate } from '../format.ts';

/** How a bar is drawn; every style also has a text mark in the bar's label or text. */
export type BarStyle = 'binding' | 'expected' | 'achieved' | 'missed' | 'recorded' | 'target';

export interface ChartBar {
  /** The indicator's id (dashboard charts) or the series point's key (an indicator's own chart). */
  id: string;
  /** Written above the bar, with the text marks: 失业保险参保人数〔约束性〕; '' for the second bar of a pair (no line of its own). */
  label: string;
  /** Bar length in axis units; null: no bar, the row shows `text` only (a comparison, 无数值). */
  value: number | null;
  /** Written at the bar's end: "2025年目标：<6%", "≤4.5%", "3.63% ≤ 4.5% ✓". */
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
  /** The data as a table: header cells and one row per indicator (first cell is the row header), with the indicators' ids (none for an indicator's own chart). */
  table: { header: string[]; rows: string[][]; ids: string[] };
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

/** A step giving about `ticks` gridlines over the span. */
function niceStep(span: number, ticks = 5): number {
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
  // The mark goes with the label, or with the text of a bar that has no label line (a pair's second).
  const marked = (b: ChartBar): Partial<ChartBar> => (b.label ? { label: `${b.label}〔条形截断〕` } : { text: `${b.text}〔条形截断〕` });
  return bars.map((b, i) => (outliers.has(i) && b.value !== null ? { ...b, truncated: true, value: b.value > 0 ? scale.max : scale.min, ...marked(b) } : b));
}

function outlierNote(bars: readonly ChartBar[]): string[] {
  return bars
    .filter((b) => b.truncated)
    .map(
      (b) =>
        `${(b.label || bars.find((o) => o.id === b.id && o.label)?.label || '').replace(/〔.*?〕/gu, '')}（${b.text.replace(/〔.*?〕/gu, '')}）远超其他指标：条形在坐标轴末端截断（标注〔条形截断〕），数值照实标出，其他条形因此不被压缩。`,
    );
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
    bars.push(
      bounded
        ? { id: ind.id, label, value: null, text: comparison, style }
        : { id: ind.id, label, value: a.percent, text: `${a.percent}% ${a.achieved ? '✓' : '✗'}`, style },
    );
    table.push([
      tableLabel(ind),
      ind.target.text,
      ind.actual!.text,
      comparison,
      bounded ? '—（目标为上限，按规划的比较）' : `${a.percent}%`,
      a.achieved ? '完成' : '未完成',
    ]);
  }
  const met = bars.filter((b) => b.style === 'achieved').length;
  const { scale } = scaleFor(
    bars.flatMap((b) => (b.value === null ? [] : [b.value])),
    '%',
    100,
  );
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
    table: { header: ['指标', '“十三五”规划目标', '2020年完成数', '与目标比较', '完成程度', '结果'], rows: table, ids: bars.map((b) => b.id) },
    excluded,
    notes: bounded.length ? [`目标为上限的指标（${bounded.map((b) => b.label.replace(/（.*$/u, '')).join('、')}）不换算为百分比，写出规划的比较。`] : [],
  };
}

/** Which 专栏2 rows a chart of 2020 values beside 2025 targets draws, and how it names them. */
export interface PairedChart {
  id: string;
  title: string;
  /** Rows drawn: all in `unit`, all year-end levels or all five-year totals. */
  totals: boolean;
  unit: string;
  /** What the rows are, in the description: 以%计的年末指标. */
  what: string;
}

/** The dashboard's charts of 十四五 indicators: one axis each, so one unit each. */
export const PAIRED_CHARTS: readonly PairedChart[] = [
  { id: 'levels-rate-14', title: '“十四五”主要指标（以%计）：2020年数值与2025年目标', totals: false, unit: '%', what: '以%计的指标' },
  { id: 'levels-count-14', title: '“十四五”主要指标（以万人计）：2020年数值与2025年目标', totals: false, unit: '万人', what: '以万人计的年末指标' },
  {
    id: 'totals-14',
    title: '“十四五”五年累计指标（以万人计）：“十三五”五年完成数与“十四五”五年目标',
    totals: true,
    unit: '万人',
    what: '以万人计的五年累计指标',
  },
];

/**
 * 十四五 indicators of one unit: two bars each, the value of the table's first column (2020, or the
 * 十三五 five-year total) and the target of its second, each written as printed with its sign. Values
 * side by side, never their difference: the plan prints two values, not a change, and a computed
 * difference drawn as a bar would read as a change the plan intends. A passage of the text that states
 * the target is quoted in the notes (its verb and qualifier: 保持在2400万左右).
 */
export function pairedSpec(indicators: readonly Indicator[], stated: readonly StatedTarget[], chart: PairedChart): ChartSpec {
  const raw: ChartBar[] = [];
  const ids: string[] = [];
  const table: string[][] = [];
  const excluded: ChartSpec['excluded'] = [];
  const notes: string[] = [];
  const bounds: string[] = [];
  // What each bar is, written before its value in as few words as say it (the value needs the width on a phone).
  const [first, second] = chart.totals ? ['“十三五”', '目标'] : ['2020年', '目标'];
  const [firstName, secondName] = chart.totals ? ['“十三五”五年完成数', '“十四五”五年目标'] : ['2020年数值', '2025年目标'];
  for (const ind of indicators.filter((i) => i.column === 2)) {
    const totals = [ind.base, ind.target].some((v) => v.kind === 'number' && v.cumulative);
    if (totals !== chart.totals) continue;
    if (ind.unit !== chart.unit) {
      // A row in a unit no chart of its kind draws is named on the last chart of that kind, with why.
      const kind = PAIRED_CHARTS.filter((c) => c.totals === chart.totals);
      if (kind.at(-1) === chart && !kind.some((c) => c.unit === ind.unit))
        excluded.push({ label: tableLabel(ind), reason: `单位为${ind.unit ?? '比例'}，不与其他单位的指标放在同一坐标轴上，见该指标的页面。` });
      continue;
    }
    const number = (v: PlanValue) => (v.kind === 'number' ? v.value : null);
    raw.push({ id: ind.id, label: `${ind.name}${mark(ind)}`, value: number(ind.base), text: `${first} ${valueText(ind.base, ind.unit)}`, style: 'recorded' });
    raw.push({ id: ind.id, label: '', value: number(ind.target), text: `${second} ${valueText(ind.target, ind.unit)}`, style: 'target' });
    ids.push(ind.id);
    table.push([tableLabel(ind), ind.base.text, ind.target.text, attributeLabel(ind)]);
    if (ind.target.kind === 'number' && ind.target.comparator) bounds.push(`${ind.name}（${valueText(ind.target, ind.unit)}）`);
    for (const s of stated.filter((st) => st.indicator === ind.id)) notes.push(`${ind.name}：${s.where}写明“${s.clause}”。`);
  }
  const { scale, outliers } = scaleFor(
    raw.flatMap((b) => (b.value === null ? [] : [b.value])),
    chart.unit === '%' ? '%' : '',
  );
  // Outliers are found among the drawn values only; map them back to the bars.
  const drawn = raw.map((b, i) => ({ b, i })).filter(({ b }) => b.value !== null);
  const cutBars = new Set([...outliers].map((k) => drawn[k]!.i));
  const bars = cut(raw, cutBars, scale);
  if (bounds.length) notes.unshift(`目标前的“<”“>”“≥”按规划原文：${bounds.join('、')}的条形画到该数值。`);
  notes.push(...outlierNote(bars));
  return {
    id: chart.id,
    title: chart.title,
    description: `专栏2中${ids.length}项${chart.what}，每项两个条形：上为${firstName}，下为${secondName}，数值及其符号均按规划原文；图中不计算两者之差。`,
    source: '来源：规划专栏2',
    axis: `${chart.totals ? '五年累计' : '数值'}（${chart.unit}）`,
    scale,
    reference: null,
    bars,
    legend: [
      { style: 'recorded', text: `${firstName}（数值前注“${first}”）` },
      { style: 'target', text: `${secondName}（数值前注“${second}”）` },
    ],
    table: { header: ['指标', chart.totals ? '“十三五”五年累计' : '2020年', chart.totals ? '“十四五”五年目标' : '2025年', '属性'], rows: table, ids },
    excluded,
    notes,
  };
}

export const dashboardSpecs = (indicators: readonly Indicator[], stated: readonly StatedTarget[] = []): ChartSpec[] => [
  scorecardSpec(indicators),
  ...PAIRED_CHARTS.map((c) => pairedSpec(indicators, stated, c)),
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
export function indicatorChartSpec(
  series: IndicatorSeries,
  stated: readonly StatedTarget[] = [],
  results: Results = { sources: {}, results: [] },
): ChartSpec | null {
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
  // The publisher's results after the target, of the same kind only: for an indicator printed in [],
  // the five-year total (a year's value is not a five-year total and never shares its axis).
  const published = results.results
    .filter((r) => r.indicator === series.plan14?.id && (r.year === PERIOD_TOTAL) === totals)
    .sort((a, b) => String(a.year).localeCompare(String(b.year)));
  for (const r of published) {
    bars.push({
      id: `result${r.year}`,
      label: `${yearLabel(r.year)}实际数值（${results.sources[r.source]!.issuer}公布）`,
      value: r.value,
      text: withUnit(r.value, ind.unit),
      style: 'recorded',
    });
  }
  const { scale } = scaleFor(
    bars.flatMap((b) => (b.value === null ? [] : [b.value])),
    unit,
  );
  const notes: string[] = [];
  const comparison = series.plan13 ? comparisonText(series.plan13) : null;
  if (comparison) notes.push(`“十三五”规划目标完成情况：${comparison}。`);
  const bound = series.points.find((p) => p.value.kind === 'number' && p.value.comparator);
  if (bound && bound.value.kind === 'number') {
    notes.push(`${bound.label}为${'<≤'.includes(bound.value.comparator!) ? '上限' : '下限'}（${bound.value.text}），条形画到该数值。`);
  }
  for (const s of stated.filter((st) => st.indicator === series.plan14?.id)) notes.push(`${s.where}写明“${s.clause}”。`);
  const table = series.points.map((p) => [p.label, p.value.text, `专栏${p.from.column}第${p.from.column === 1 ? series.plan13!.n : series.plan14!.n}项`]);
  for (const r of published) {
    const source = results.sources[r.source]!;
    table.push([`${yearLabel(r.year)}实际数值`, String(r.value), `${source.issuer}《${source.title}》（${chineseDate(source.date)}）`]);
  }
  return {
    id: ind.id,
    title: `${ind.name}${totals ? '（五年累计）' : ''}：${series.plan13 && series.plan14 ? '2015—2025年' : series.plan14 ? '2020年与2025年目标' : '2015—2020年'}${published.length ? '，及发布机关公布的实际数值' : ''}`,
    description: '',
    source: `来源：规划${[...new Set(series.points.map((p) => `专栏${p.from.column}`))].join('、')}${published.length ? `；实际数值：${[...new Set(published.map((r) => `${results.sources[r.source]!.issuer}《${results.sources[r.source]!.title}》`))].join('、')}` : ''}`,
    axis: `${totals ? '五年累计' : '数值'}（${unit}）`,
    scale,
    reference: null,
    bars,
    legend: [
      { style: 'recorded', text: '实际数值' },
      { style: 'target', text: '规划目标' },
    ],
    table: { header: ['项目', `${published.length ? '数值' : '规划原文'}${ind.unit ? `（${ind.unit}）` : ''}`, '出处'], rows: table, ids: [] },
    excluded: [],
    notes,
  };
}
