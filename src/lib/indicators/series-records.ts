/**
 * The series of every indicator as flat open-data records, one per point (/data/indicator-series.json
 * and .csv, and each indicator's own files): what a chart of the indicator draws, with the cell of the
 * plan's table each value comes from; then the 2021—2025 results the publisher has entered (none as
 * shipped), each with the document it comes from.
 */
import { tableRowId } from '../anchors.ts';
import type { Field } from '../open-data.ts';
import type { Indicator } from './schema.ts';
import { PERIOD_TOTAL, type Results } from '../results/schema.ts';
import { yearLabel } from '../results/status.ts';
import { indicatorSeries, type IndicatorSeries } from './series.ts';
import { PLAN_PERIOD } from '../plan-period.ts';

export interface SeriesRecord {
  series: string;
  name: string;
  unit: string | null;
  point: string;
  label: string;
  year: number;
  role: string;
  text: string;
  value: number | null;
  comparator: string | null;
  cumulative: boolean;
  table: string | null;
  row: number | null;
  anchor: string | null;
  source_title: string | null;
  source_issuer: string | null;
  source_date: string | null;
  source_url: string | null;
}

export const SERIES_FIELDS: readonly Field<SeriesRecord>[] = [
  {
    name: 'series',
    header: '序列标识',
    type: 'string',
    description: '序列的标识：专栏2指标的标识（与专栏1对应指标合为一个序列），无对应的专栏1指标则为其自身标识',
  },
  { name: 'name', header: '指标名称', type: 'string', description: '指标名称' },
  { name: 'unit', header: '单位', type: 'string', description: '单位；比例指标为空' },
  {
    name: 'point',
    header: '数据点',
    type: 'string',
    description:
      '数据点：base2015（2015年基数）、target13（“十三五”规划目标）、actual2020（2020年数值）、target14（“十四五”规划目标）；发布机关公布的实际数值为result2021至result2025（年度数值）和result2021-2025（五年累计数）',
  },
  { name: 'label', header: '项目', type: 'string', description: '数据点的名称，按规划表头' },
  { name: 'year', header: '年份', type: 'number', description: '数值所指的年份；五年累计数为五年的最后一年' },
  { name: 'role', header: '性质', type: 'string', description: '“规划目标”“实际数值”（规划所列）或“实际数值（发布机关公布）”' },
  { name: 'text', header: '数值（原文）', type: 'string', description: '按规划原文（“—”表示无数值，[]表示五年累计数，含<、>、≤、≥）' },
  { name: 'value', header: '数值', type: 'number', description: '数值（数字）；无数值或比例时为空' },
  { name: 'comparator', header: '目标符号', type: 'string', description: '目标前的符号（<、>、≤、≥），无符号为空' },
  { name: 'cumulative', header: '五年累计', type: 'boolean', description: '“是”（JSON中为true）表示五年累计数' },
  { name: 'table', header: '专栏', type: 'string', description: '数值所在的表：专栏1或专栏2；发布机关公布的数值为空' },
  { name: 'row', header: '序号', type: 'number', description: '数值所在的表中的序号；发布机关公布的数值为空' },
  { name: 'anchor', header: '表格行锚点', type: 'string', description: '数值所在表格行的锚点，如column-1-r4（第一章专栏1第4项）；发布机关公布的数值为空' },
  { name: 'source_title', header: '出处文件', type: 'string', description: '发布机关公布的数值：公布它的文件标题；规划所列的数值为空' },
  { name: 'source_issuer', header: '出处发布机关', type: 'string', description: '发布机关公布的数值：发布机关；规划所列的数值为空' },
  { name: 'source_date', header: '出处日期', type: 'string', description: '发布机关公布的数值：文件日期（YYYY-MM-DD）；规划所列的数值为空' },
  { name: 'source_url', header: '出处地址', type: 'string', description: '发布机关公布的数值：可以查证的地址；规划所列的数值为空' },
];

/** The id a series goes by: the 专栏2 row's when there is one, so a linked pair is one series. */
const seriesId = (s: IndicatorSeries): string => (s.plan14 ?? s.plan13 ?? s.indicator).id;

const NO_RESULTS: Results = { sources: {}, results: [] };

export function seriesRecords(series: IndicatorSeries, results: Results = NO_RESULTS): SeriesRecord[] {
  const ind = series.plan14;
  const published: SeriesRecord[] = (ind ? results.results.filter((r) => r.indicator === ind.id) : []).map((r) => {
    const source = results.sources[r.source]!;
    const total = r.year === PERIOD_TOTAL;
    return {
      series: seriesId(series),
      name: series.indicator.name,
      unit: series.indicator.unit,
      point: `result${r.year}`,
      label: `${yearLabel(r.year)}实际数值`,
      year: total ? PLAN_PERIOD.end : (r.year as number),
      role: '实际数值（发布机关公布）',
      text: String(r.value),
      value: r.value,
      comparator: null,
      cumulative: total,
      table: null,
      row: null,
      anchor: null,
      source_title: source.title,
      source_issuer: source.issuer,
      source_date: source.date,
      source_url: source.url,
    };
  });
  return [...planPoints(series), ...published];
}

function planPoints(series: IndicatorSeries): SeriesRecord[] {
  return series.points.map((p) => ({
    series: seriesId(series),
    name: series.indicator.name,
    unit: series.indicator.unit,
    point: p.key,
    label: p.label,
    year: p.year,
    role: p.role === 'target' ? '规划目标' : '实际数值',
    text: p.value.text,
    value: p.value.kind === 'number' ? p.value.value : null,
    comparator: p.value.kind === 'number' ? (p.value.comparator ?? null) : null,
    cumulative: p.value.kind === 'number' && p.value.cumulative,
    table: `专栏${p.from.column}`,
    row: p.from.column === 1 ? series.plan13!.n : series.plan14!.n,
    anchor: tableRowId(p.from.column, p.from.column === 1 ? series.plan13!.n : series.plan14!.n),
    source_title: null,
    source_issuer: null,
    source_date: null,
    source_url: null,
  }));
}

/** Every series once: a linked pair under its 专栏2 id, then the 专栏1 rows no 专栏2 row continues. */
export function allSeries(indicators: readonly Indicator[]): IndicatorSeries[] {
  const plan14 = indicators.filter((i) => i.column === 2);
  const alone13 = indicators.filter((i) => i.column === 1 && !indicators.some((j) => j.continues === i.id));
  return [...plan14, ...alone13].map((ind) => indicatorSeries(ind, indicators));
}
