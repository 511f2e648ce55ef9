/** The indicators as flat open-data records (/data/indicators.json and .csv) with their field list. */
import type { Field } from '../open-data.ts';
import { achievement, attributeLabel, describeIndicator, rowLabel, type StatedTarget } from './describe.ts';
import type { Indicator, IndicatorTable } from './schema.ts';
import type { Results } from '../results/schema.ts';
import { resultStatus, statusText } from '../results/status.ts';
import type { PlanValue } from './plan-value.ts';

export interface IndicatorRecord {
  id: string;
  table: string;
  number: number;
  category: string;
  name: string;
  label: string;
  parent: string | null;
  unit: string | null;
  base_year: number;
  base_text: string;
  base_value: number | null;
  target_year: number;
  target_text: string;
  target_value: number | null;
  target_comparator: string | null;
  actual_text: string | null;
  actual_value: number | null;
  cumulative: boolean;
  attribute: string | null;
  stated: string | null;
  stated_anchor: string[];
  result_status: string | null;
  achieved: boolean | null;
  continues: string | null;
  continued_by: string | null;
  description: string;
  sections: string[];
}

export const INDICATOR_FIELDS: readonly Field<IndicatorRecord>[] = [
  { name: 'id', header: '标识', type: 'string', description: '指标的稳定标识（英文），也是指标页面地址 /indicators/标识/ 和指标看板中该指标的锚点' },
  { name: 'table', header: '专栏', type: 'string', description: '所在专栏：专栏1（“十三五”完成情况）或专栏2（“十四五”主要指标）' },
  { name: 'number', header: '序号', type: 'number', description: '规划表格中的序号' },
  { name: 'category', header: '类别', type: 'string', description: '类别，按规划表格原文，如“一、就业”' },
  { name: 'name', header: '指标名称', type: 'string', description: '指标名称' },
  { name: 'label', header: '表格原文', type: 'string', description: '表格第一列原文，含序号、“其中：”与单位' },
  { name: 'parent', header: '所属指标', type: 'string', description: '“其中”项所属指标的标识，其他为空' },
  { name: 'unit', header: '单位', type: 'string', description: '单位，如万人、%、亿元；比例指标为空' },
  { name: 'base_year', header: '基期年份', type: 'number', description: '基期年份：专栏1为2015，专栏2为2020' },
  { name: 'base_text', header: '基期数值（原文）', type: 'string', description: '基期数值，按规划原文（“—”表示无数值，[]表示五年累计数）' },
  { name: 'base_value', header: '基期数值', type: 'number', description: '基期数值（数字）；无数值或比例时为空' },
  { name: 'target_year', header: '目标年份', type: 'number', description: '目标年份：2020（“十三五”）或2025（“十四五”）' },
  { name: 'target_text', header: '规划目标（原文）', type: 'string', description: '规划目标，按规划原文，含<、>、≤、≥等符号' },
  { name: 'target_value', header: '规划目标', type: 'number', description: '规划目标（数字）' },
  { name: 'target_comparator', header: '目标符号', type: 'string', description: '目标前的符号（<、>、≤、≥），无符号为空' },
  { name: 'actual_text', header: '2020年完成数（原文）', type: 'string', description: '2020年完成数，按规划原文（仅专栏1）' },
  { name: 'actual_value', header: '2020年完成数', type: 'number', description: '2020年完成数（数字，仅专栏1）' },
  { name: 'cumulative', header: '五年累计', type: 'boolean', description: '“是”（JSON中为true）表示五年累计数（原表中[]内的数值）' },
  { name: 'attribute', header: '属性', type: 'string', description: '属性：预期性或约束性（仅专栏2）' },
  {
    name: 'stated',
    header: '正文表述',
    type: 'string',
    description: '规划正文中写明同一目标的原话（含动词和“以上”“以内”“左右”等限定词，去掉空格），多处以“；”分隔；正文未写明的为空（仅专栏2）',
  },
  {
    name: 'stated_anchor',
    header: '正文表述所在段落',
    type: 'list',
    description: '上述原话所在段落的锚点，以空格分隔，如s1-3-p3（第一章第三节第3段）；无则为空',
  },
  {
    name: 'result_status',
    header: '完成情况',
    type: 'string',
    description: '专栏2：按完成情况页写明的规则，以发布机关公布的2021—2025年实际数值判断的结果；本站没有收录实际数值时为空',
  },
  { name: 'achieved', header: '是否完成', type: 'boolean', description: '是否完成“十三五”目标（仅专栏1；无法比较时为空）' },
  {
    name: 'continues',
    header: '对应“十三五”指标',
    type: 'string',
    description: '专栏2指标：专栏1中统计同一数量的指标的标识（经人工核对：单位相同，2020年数值等于其2020年完成数），无则为空',
  },
  { name: 'continued_by', header: '对应“十四五”指标', type: 'string', description: '专栏1指标：专栏2中延续它的指标的标识，无则为空' },
  { name: 'description', header: '说明', type: 'string', description: '由数据生成的一句话说明' },
  { name: 'sections', header: '相关章节', type: 'list', description: '规划中论述该指标的章节锚点，以空格分隔，如s3-1（第三章第一节）' },
];

const num = (v: PlanValue | undefined): number | null => (v?.kind === 'number' ? v.value : null);

export function indicatorRecords(
  tables: readonly IndicatorTable[],
  indicators: readonly Indicator[],
  stated: readonly StatedTarget[] = [],
  results: Results = { sources: {}, results: [] },
): IndicatorRecord[] {
  return indicators.map((ind) => {
    const quotes = stated.filter((s) => s.indicator === ind.id);
    const a = ind.column === 1 ? achievement(ind) : null;
    const category = tables.find((t) => t.column === ind.column)!.categories.find((c) => c.id === ind.category)!.label;
    const values = [ind.base, ind.target, ind.actual];
    return {
      id: ind.id,
      table: `专栏${ind.column}`,
      number: ind.n,
      category,
      name: ind.name,
      label: rowLabel(ind),
      parent: ind.parent ?? null,
      unit: ind.unit,
      base_year: ind.column === 1 ? 2015 : 2020,
      base_text: ind.base.text,
      base_value: num(ind.base),
      target_year: ind.column === 1 ? 2020 : 2025,
      target_text: ind.target.text,
      target_value: num(ind.target),
      target_comparator: ind.target.kind === 'number' ? (ind.target.comparator ?? null) : null,
      actual_text: ind.actual?.text ?? null,
      actual_value: num(ind.actual),
      cumulative: values.some((v) => v?.kind === 'number' && v.cumulative),
      attribute: ind.attribute ? attributeLabel(ind) : null,
      stated: quotes.length ? quotes.map((q) => q.clause).join('；') : null,
      stated_anchor: quotes.map((q) => q.anchor),
      result_status: ind.column === 2 && results.results.length ? statusText(ind, resultStatus(ind, results, stated)) : null,
      achieved: a?.kind === 'judged' ? a.achieved : null,
      continues: ind.continues ?? null,
      continued_by: indicators.find((i) => i.continues === ind.id)?.id ?? null,
      description: describeIndicator(ind, stated),
      sections: ind.sections,
    };
  });
}
