/**
 * An indicator's figures in time order, across the two tables: 2015 base, 十三五 target, 2020 result
 * (专栏1) and 2025 target (专栏2), joined only by the reviewed `continues` links of the data module.
 * A series is all year-end levels or all five-year totals: the two are never one series (nor one axis).
 */
import type { Indicator } from './schema.ts';
import type { PlanValue } from './plan-value.ts';

export type PointKey = 'base2015' | 'target13' | 'actual2020' | 'target14';

export interface SeriesPoint {
  key: PointKey;
  /** What the point is, in the tables' own words: 2015年基数, “十三五”规划目标, 2020年完成数, “十四五”规划目标. */
  label: string;
  /** The year the value stands for (a five-year total: the last year of the five). */
  year: 2015 | 2020 | 2025;
  /** A target (“十三五”/“十四五”规划目标) or a recorded value. */
  role: 'recorded' | 'target';
  value: PlanValue;
  /** The indicator record and the column of the table the cell comes from. */
  from: { id: string; column: 1 | 2; cell: 'base' | 'target' | 'actual' };
}

export interface IndicatorSeries {
  /** The indicator the series is about. */
  indicator: Indicator;
  /** The 专栏1 row (十三五) and the 专栏2 row (十四五) of the series; one of them when not linked. */
  plan13?: Indicator;
  plan14?: Indicator;
  points: SeriesPoint[];
  /** levels: year-end values; totals: five-year totals ([…]); ratio: 13:39:48; none: nothing to draw. */
  kind: 'levels' | 'totals' | 'ratio' | 'none';
}

const LABELS: Record<PointKey, string> = {
  base2015: '2015年基数',
  target13: '“十三五”规划目标',
  actual2020: '2020年完成数',
  target14: '“十四五”规划目标（2025年）',
};

/** The rows of both tables that measure this indicator's quantity: itself and its reviewed link, if any. */
export function linkedRows(ind: Indicator, indicators: readonly Indicator[]): { plan13?: Indicator; plan14?: Indicator } {
  if (ind.column === 2) return { plan14: ind, plan13: ind.continues ? indicators.find((i) => i.id === ind.continues) : undefined };
  return { plan13: ind, plan14: indicators.find((i) => i.continues === ind.id) };
}

export function indicatorSeries(ind: Indicator, indicators: readonly Indicator[]): IndicatorSeries {
  const { plan13, plan14 } = linkedRows(ind, indicators);
  const points: SeriesPoint[] = [];
  const point = (key: PointKey, year: SeriesPoint['year'], role: SeriesPoint['role'], row: Indicator, cell: SeriesPoint['from']['cell'], value: PlanValue) =>
    points.push({ key, label: LABELS[key], year, role, value, from: { id: row.id, column: row.column, cell } });
  if (plan13) {
    point('base2015', 2015, 'recorded', plan13, 'base', plan13.base);
    point('target13', 2020, 'target', plan13, 'target', plan13.target);
    point('actual2020', 2020, 'recorded', plan13, 'actual', plan13.actual!);
  } else if (plan14) {
    // 专栏2 alone: its first column is the 2020 value.
    points.push({ key: 'actual2020', label: '2020年', year: 2020, role: 'recorded', value: plan14.base, from: { id: plan14.id, column: 2, cell: 'base' } });
  }
  if (plan14) point('target14', 2025, 'target', plan14, 'target', plan14.target);
  const kind = seriesKind(points);
  // The tables print five-year totals in [] under a year's heading: say what they are.
  if (kind === 'totals') for (const p of points) p.label += '（五年累计）';
  return { indicator: ind, plan13, plan14, points, kind };
}

function seriesKind(points: readonly SeriesPoint[]): IndicatorSeries['kind'] {
  const values = points.map((p) => p.value);
  if (values.some((v) => v.kind === 'ratio')) return 'ratio';
  const numbers = values.filter((v) => v.kind === 'number');
  if (numbers.length === 0) return 'none';
  const totals = numbers.filter((v) => v.cumulative).length;
  if (totals !== 0 && totals !== numbers.length) {
    // The data schema keeps each row consistent and the links join like with like; this is the guard.
    throw new Error(`indicatorSeries: ${points[0]!.from.id} mixes five-year totals and year-end levels`);
  }
  return totals ? 'totals' : 'levels';
}
