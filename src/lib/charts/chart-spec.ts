/**
 * What to draw, decided from the data module: each chart is a list of bars on one percent axis (so no
 * two units ever share an axis), with the marks that must be readable without colour, the one-sentence
 * description, the data table and what was left out and why. Pure: unit-tested, used at build time.
 */
import type { Indicator } from '../indicators/schema.ts';
import { achievement, attributeLabel, changeNeeded, CHANGE_REASONS, formatChange, isCeiling, rowLabel, round } from '../indicators/describe.ts';

/** How a bar is drawn; every style also has a text mark in the bar's label. */
export type BarStyle = 'binding' | 'expected' | 'achieved' | 'missed';

export interface ChartBar {
  /** The indicator's id: its anchor on /indicators/. */
  id: string;
  /** Axis label, with the text marks: 失业保险参保人数〔约束性〕 */
  label: string;
  /** Bar length in percent. */
  value: number;
  style: BarStyle;
}

export interface ChartSpec {
  /** Stable ASCII id: the figure's anchor and the static image's file name. */
  id: 'scorecard-13' | 'level-change-14' | 'points-change-14' | 'cumulative-14';
  title: string;
  /** One sentence generated from the data. */
  description: string;
  /** 来源：规划专栏2 */
  source: string;
  /** Title of the value axis. */
  axis: string;
  /** Written after each bar's value: "%" or "个百分点". */
  suffix: string;
  /** Draws a reference line at this value (100% = target met / same as before). */
  reference: number;
  bars: ChartBar[];
  /** Legend entries as text: style -> words. */
  legend: { style: BarStyle; text: string }[];
  /** The data as a table: header cells and one row per bar (first cell is the row header). */
  table: { header: string[]; rows: string[][] };
  /** Indicators of the table left out of the chart, with the reason. */
  excluded: { label: string; reason: string }[];
}

const tableLabel = (ind: Indicator): string => rowLabel(ind).replace(/^\d+\./, '');
const mark = (ind: Indicator): string => (ind.attribute === 'binding' ? '〔约束性〕' : '');

/** 十三五 scorecard: each 专栏1 result as a percent of its target, met or not (comparators honoured). */
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
    const ceiling = isCeiling(ind.target);
    bars.push({
      id: ind.id,
      label: `${ind.name}${a.achieved ? '（完成）' : '（未完成）'}${ind.target.kind === 'number' && ind.target.cumulative ? '〔累计〕' : ''}`,
      value: a.percent,
      style: a.achieved ? 'achieved' : 'missed',
    });
    table.push([tableLabel(ind), ind.target.text, ind.actual!.text, `${a.percent}%${ceiling ? '（上限指标，按目标÷完成数）' : ''}`, a.achieved ? '完成' : '未完成']);
  }
  const met = bars.filter((b) => b.style === 'achieved').length;
  return {
    id: 'scorecard-13',
    title: '“十三五”主要指标完成情况：完成数相当于规划目标的百分比',
    description: `专栏1的${rows.length}项指标中，${bars.length}项可与目标直接比较，其中${met}项完成目标${bars.length - met ? `，${bars.length - met}项未完成` : ''}；100%以上表示完成（上限指标按目标÷完成数计算）。`,
    source: '来源：规划专栏1',
    axis: '完成数相当于规划目标的百分比（%）',
    suffix: '%',
    reference: 100,
    bars,
    legend: [
      { style: 'achieved', text: '完成目标' },
      { style: 'missed', text: '未完成目标' },
    ],
    table: { header: ['指标', '“十三五”规划目标', '2020年完成数', '完成程度', '结果'], rows: table },
    excluded,
  };
}

/**
 * 十四五, year-end levels: how far each 2025 target is from its 2020 value. Counts (万人, 个, 人) change
 * in percent; rates (%) in percentage points, on a chart of their own, since a percent of a percentage
 * misleads.
 */
export function levelChangeSpec(indicators: readonly Indicator[], kind: 'count' | 'rate'): ChartSpec {
  const bars: ChartBar[] = [];
  const table: string[][] = [];
  const excluded: ChartSpec['excluded'] = [];
  const rate = kind === 'rate';
  for (const ind of indicators.filter((i) => i.column === 2 && (i.unit === '%') === rate)) {
    const change = changeNeeded(ind);
    if (change.kind === 'none') {
      if (change.reason !== CHANGE_REASONS.cumulative) excluded.push({ label: tableLabel(ind), reason: change.reason });
      continue;
    }
    const value = rate ? change.absolute : change.percent!;
    const shown = `${value > 0 ? '+' : ''}${value}${rate ? '个百分点' : '%'}`;
    bars.push({ id: ind.id, label: `${ind.name}${mark(ind)}`, value, style: ind.attribute === 'binding' ? 'binding' : 'expected' });
    table.push([tableLabel(ind), ind.base.text, ind.target.text, rate ? shown : formatChange(ind, change), attributeLabel(ind)]);
  }
  const up = bars.filter((b) => b.value > 0).length;
  const top = [...bars].sort((a, b) => b.value - a.value)[0];
  const unitWord = rate ? '个百分点' : '%';
  return {
    id: rate ? 'points-change-14' : 'level-change-14',
    title: rate
      ? '“十四五”主要指标（以%计的比率）：2025年目标较2020年的变化（百分点）'
      : '“十四五”主要指标（人数、个数）：2025年目标较2020年的变化幅度（%）',
    description: `专栏2中${bars.length}项${rate ? '以%计的比率指标' : '以人数、个数计的年末水平指标'}里，${up}项的2025年目标高于2020年，${bars.length - up}项低于或等于2020年；变化最大的是${top ? `${top.label.replace(/〔.*〕/, '')}（${top.value > 0 ? '+' : ''}${top.value}${unitWord}）` : '—'}。`,
    source: '来源：规划专栏2',
    axis: rate ? '2025年目标较2020年的变化（百分点）' : '2025年目标较2020年的变化（%）',
    suffix: unitWord,
    reference: 0,
    bars,
    legend: [
      { style: 'binding', text: '约束性指标（标签注〔约束性〕）' },
      { style: 'expected', text: '预期性指标' },
    ],
    table: { header: ['指标', '2020年', '2025年目标', '需要的变化', '属性'], rows: table },
    excluded,
  };
}

/** 十四五, five-year totals: each cumulative target as a percent of what was done in 十三五. */
export function cumulativeSpec(indicators: readonly Indicator[]): ChartSpec {
  const bars: ChartBar[] = [];
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
    bars.push({ id: ind.id, label: `${ind.name}〔累计〕${mark(ind)}`, value: percent, style: ind.attribute === 'binding' ? 'binding' : 'expected' });
    table.push([tableLabel(ind), base.text, target.text, `${percent}%`, attributeLabel(ind)]);
  }
  const more = bars.filter((b) => b.value > 100).length;
  return {
    id: 'cumulative-14',
    title: '“十四五”五年累计指标：目标相当于“十三五”完成量的百分比',
    description: `专栏2中${bars.length}项五年累计指标里，${more}项的“十四五”目标高于“十三五”五年完成量，${bars.length - more}项低于或持平；100%表示与“十三五”持平。`,
    source: '来源：规划专栏2',
    axis: '“十四五”目标相当于“十三五”完成量（%）',
    suffix: '%',
    reference: 100,
    bars,
    legend: [
      { style: 'binding', text: '约束性指标（标签注〔约束性〕）' },
      { style: 'expected', text: '预期性指标' },
    ],
    table: { header: ['指标', '“十三五”五年累计', '“十四五”五年目标', '目标相当于“十三五”', '属性'], rows: table },
    excluded,
  };
}

export const chartSpecs = (indicators: readonly Indicator[]): ChartSpec[] => [
  scorecardSpec(indicators),
  levelChangeSpec(indicators, 'count'),
  levelChangeSpec(indicators, 'rate'),
  cumulativeSpec(indicators),
];
