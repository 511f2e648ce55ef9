/** The bodies of /data/indicators.json|csv and /data/targets.json|csv, built from the data modules. */
import { indicators, indicatorTables } from '../../data/indicators.ts';
import { targets } from '../../data/targets.ts';
import { toCsv, toJson, type Field } from '../open-data.ts';
import { INDICATOR_FIELDS, indicatorRecords } from './indicator-records.ts';
import type { Target } from '../targets/schema.ts';

export const indicatorData = indicatorRecords(indicatorTables, indicators);

export const TARGET_FIELDS: readonly Field<Target>[] = [
  { name: 'id', description: '目标的稳定标识（英文），也是目标清单页面中该目标的锚点' },
  { name: 'what', description: '目标内容，按规划原文用语' },
  { name: 'value', description: '数值；区间（如2—3个）为下限' },
  { name: 'max', description: '区间的上限，非区间为空' },
  { name: 'unit', description: '单位，按规划原文' },
  { name: 'qualifier', description: '限定词：以上、左右、至少、突破、各等，无则为空' },
  { name: 'printed', description: '规划原文中的写法，如“1.5万家”' },
  { name: 'deadline', description: '规划写明的时限或期间，如到2025年、“十四五”期间、每年；未写明为空' },
  { name: 'anchor', description: '提出该目标的段落锚点，如s2-4-p1（第二章第四节第1段）、column-7-1-p1（专栏7第01项）' },
  { name: 'indicator', description: '与专栏2对应指标的标识（仅第一章第三节的目标）' },
];

export const openFiles = {
  'indicators.json': () => toJson('四川省人力资源和社会保障事业发展“十四五”规划：专栏1、专栏2主要指标', INDICATOR_FIELDS, indicatorData),
  'indicators.csv': () => toCsv(INDICATOR_FIELDS, indicatorData),
  'targets.json': () => toJson('四川省人力资源和社会保障事业发展“十四五”规划：规划目标清单', TARGET_FIELDS, targets),
  'targets.csv': () => toCsv(TARGET_FIELDS, targets),
} as const;
