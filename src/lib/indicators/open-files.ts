/**
 * The bodies of the open-data files under /data/, built from the data modules: every indicator, every
 * series point, every target (JSON with machine keys and the field list; CSV with Chinese headers),
 * each indicator's own pair (/data/indicators/<id>.csv|json), and everything in one file (all.json;
 * the zip of the same is written by src/pages/data/[archive].zip.ts).
 */
import { indicators, indicatorTables } from '../../data/indicators.ts';
import { stated } from '../../data/stated-targets.ts';
import { results } from '../../data/results.ts';
import { targets } from '../../data/targets.ts';
import { fieldDocs, toCsv, toJson, type Field } from '../open-data.ts';
import { INDICATOR_FIELDS, indicatorRecords } from './indicator-records.ts';
import { allSeries, SERIES_FIELDS, seriesRecords } from './series-records.ts';
import { indicatorSeries } from './series.ts';
import type { Target } from '../targets/schema.ts';
import { t } from '../../i18n/ui.ts';

const PLAN_TITLE = t('site.fullName');

export const indicatorData = indicatorRecords(indicatorTables, indicators, stated, results);
export const seriesData = allSeries(indicators).flatMap((s) => seriesRecords(s, results));

export const TARGET_FIELDS: readonly Field<Target>[] = [
  { name: 'id', header: '标识', type: 'string', description: '目标的稳定标识（英文），也是目标清单页面中该目标的锚点' },
  { name: 'what', header: '目标内容', type: 'string', description: '目标内容，按规划原文用语' },
  { name: 'value', header: '数值', type: 'number', description: '数值；区间（如2—3个）为下限' },
  { name: 'max', header: '上限', type: 'number', description: '区间的上限，非区间为空' },
  { name: 'unit', header: '单位', type: 'string', description: '单位，按规划原文' },
  { name: 'qualifier', header: '限定词', type: 'string', description: '限定词：以上、左右、至少、突破、各等，无则为空' },
  { name: 'printed', header: '原文写法', type: 'string', description: '规划原文中的写法，如“1.5万家”' },
  { name: 'deadline', header: '时限', type: 'string', description: '规划写明的时限或期间，如到2025年、“十四五”期间、每年；未写明为空' },
  { name: 'anchor', header: '段落锚点', type: 'string', description: '提出该目标的段落锚点，如s2-4-p1（第二章第四节第1段）、column-7-1-p1（专栏7第01项）' },
  { name: 'indicator', header: '对应指标', type: 'string', description: '与专栏2对应指标的标识（仅第一章第三节的目标）' },
];

const TITLES = {
  indicators: `${PLAN_TITLE}：专栏1、专栏2主要指标`,
  series: `${PLAN_TITLE}：主要指标的数据序列（2015年基数、“十三五”目标、2020年、“十四五”目标，及发布机关公布的2021—2025年实际数值）`,
  targets: `${PLAN_TITLE}：规划目标清单`,
} as const;

/** One indicator's own files: its series as CSV rows; the JSON adds its record. */
export function indicatorFiles(id: string): { csv: string; json: string } {
  const ind = indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`indicatorFiles: no indicator "${id}"`);
  const records = seriesRecords(indicatorSeries(ind, indicators), results);
  const record = indicatorData.find((r) => r.id === id)!;
  return {
    csv: toCsv(SERIES_FIELDS, records),
    json: toJson(`${PLAN_TITLE}：${ind.name}`, SERIES_FIELDS, records, { indicator: record, indicatorFields: fieldDocs(INDICATOR_FIELDS) }),
  };
}

/** Everything in one JSON document: each dataset with its field list. */
function allData(): string {
  const dataset = <T>(title: string, fields: readonly Field<T>[], records: readonly T[]) => ({ title, fields: fieldDocs(fields), records });
  return (
    JSON.stringify(
      {
        title: `${PLAN_TITLE}：全部开放数据`,
        note: 'CSV文件的列名为各字段的csv值；JSON使用字段名。[]内为五年累计数；“—”表示无数值。规划目标按规划原文，不含2025年目标与2020年数值之差等计算值；2021—2025年实际数值只收录发布机关公布并注明出处的（results为空时本站没有收录实际数值）。',
        datasets: {
          indicators: dataset(TITLES.indicators, INDICATOR_FIELDS, indicatorData),
          series: dataset(TITLES.series, SERIES_FIELDS, seriesData),
          targets: dataset(TITLES.targets, TARGET_FIELDS, targets),
        },
      },
      null,
      2,
    ) + '\n'
  );
}

/** The field descriptions of every file as one CSV (the zip's 字段说明). */
function fieldsCsv(): string {
  interface Row {
    file: string;
    csv: string;
    json: string;
    type: string;
    description: string;
  }
  const rows: Row[] = (
    [
      ['indicators.csv', INDICATOR_FIELDS],
      ['indicator-series.csv', SERIES_FIELDS],
      ['targets.csv', TARGET_FIELDS],
    ] as const
  ).flatMap(([file, fields]) =>
    (fields as readonly Field<never>[]).map((f) => ({ file, csv: f.header, json: f.name, type: f.type, description: f.description })),
  );
  const FIELDS: readonly Field<Row>[] = [
    { name: 'file', header: '文件', type: 'string', description: '' },
    { name: 'csv', header: 'CSV列名', type: 'string', description: '' },
    { name: 'json', header: 'JSON字段名', type: 'string', description: '' },
    { name: 'type', header: '类型', type: 'string', description: '' },
    { name: 'description', header: '说明', type: 'string', description: '' },
  ];
  return toCsv(FIELDS, rows);
}

export const openFiles = {
  'indicators.json': () => toJson(TITLES.indicators, INDICATOR_FIELDS, indicatorData),
  'indicators.csv': () => toCsv(INDICATOR_FIELDS, indicatorData),
  'indicator-series.json': () => toJson(TITLES.series, SERIES_FIELDS, seriesData),
  'indicator-series.csv': () => toCsv(SERIES_FIELDS, seriesData),
  'targets.json': () => toJson(TITLES.targets, TARGET_FIELDS, targets),
  'targets.csv': () => toCsv(TARGET_FIELDS, targets),
  'all.json': allData,
  'fields.csv': fieldsCsv,
} as const;
export type OpenFile = keyof typeof openFiles;
