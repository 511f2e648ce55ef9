/**
 * Every repair made to the text as extracted from the PDF, in document order. This list is the
 * only licence to differ from content/source/plan-source.txt: each repaired spot in the MDX is
 * marked with <Fix id> (table cells are marked by <IndicatorTable>), the 勘误说明 page lists them,
 * and the fidelity check of every build (src/lib/plan/check-plan.ts) undoes exactly these repairs
 * at their anchors before comparing the plan with the official text.
 */
import { parseErrata } from '../lib/plan/errata-schema.ts';

export type { Erratum } from '../lib/plan/errata-schema.ts';

const PAREN_REASON = '同一表格第1—4项使用全角括号，第5项起为PDF提取产生的半角括号，统一为全角。';

export const errata = parseErrata([
  {
    id: 'space-title',
    anchor: 'title',
    original: '四川省人力资源和社会保障事业发展 “十四五”规划',
    corrected: '四川省人力资源和社会保障事业发展“十四五”规划',
    reason: '提取文本的标题在“发展”和““十四五””之间有一个空格，是从PDF提取文字时产生的；规划序言第一句写同一名称，没有空格。',
  },
  {
    id: 'paren-column-1-5',
    anchor: 'column-1-r5',
    original: '5.失业保险参保人数(万人)',
    corrected: '5.失业保险参保人数（万人）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-6',
    anchor: 'column-1-r6',
    original: '6.工伤保险参保人数(万人)',
    corrected: '6.工伤保险参保人数（万人）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-7',
    anchor: 'column-1-r7',
    original: '7.专业技术人才数量(万人)',
    corrected: '7.专业技术人才数量（万人）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-9',
    anchor: 'column-1-r9',
    original: '9.高技能人才数量(万人)',
    corrected: '9.高技能人才数量（万人）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-10',
    anchor: 'column-1-r10',
    original: '10.企业劳动合同签订率(%)',
    corrected: '10.企业劳动合同签订率（%）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-11',
    anchor: 'column-1-r11',
    original: '11.劳动人事争议仲裁结案率(%)',
    corrected: '11.劳动人事争议仲裁结案率（%）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-12',
    anchor: 'column-1-r12',
    original: '12.乡镇(街道)、社区(村)就业社保服务机构标准化率(%)',
    corrected: '12.乡镇（街道）、社区（村）就业社保服务机构标准化率（%）',
    reason: PAREN_REASON,
  },
  {
    id: 'paren-column-1-13',
    anchor: 'column-1-r13',
    original: '13.社会保障卡持卡人口覆盖率(%)',
    corrected: '13.社会保障卡持卡人口覆盖率（%）',
    reason: PAREN_REASON,
  },
  {
    id: 'note-column-1',
    anchor: 'column-1-note',
    original: '注: []',
    corrected: '注：[]',
    reason: '表注中的半角冒号为PDF提取所致，与专栏2表注一致改为全角。',
  },
  {
    id: 'punct-s1-1-p2',
    anchor: 's1-1-p2',
    original:
      '“十四五”时期,我省人力资源和社会保障事业发展面临的内外部环境发生深刻复杂变化,不稳定性不确定性明显增加,但仍然具有多方面的优势和条件。推动成渝地区双城经济圈建设、深入实施“一千多支、五区协同”发展战略、推进创新驱动引领高质量发展等,为人力资源和社会保障事业发展提供了重大机遇。同时,发展不平衡不充分问题仍然突出,还存在诸多问题短板:就业总量压力特别是青年就业和农村劳动力转移就业压力仍然较大,结构性矛盾将成为就业领域的主要矛盾;人口老龄化程度持续加深,劳动年龄人口减少,社会保障制度的可持续发展面临挑战;制约和影响人才发展的体制机制障碍尚未根除,事业单位人',
    corrected:
      '“十四五”时期，我省人力资源和社会保障事业发展面临的内外部环境发生深刻复杂变化，不稳定性不确定性明显增加，但仍然具有多方面的优势和条件。推动成渝地区双城经济圈建设、深入实施“一千多支、五区协同”发展战略、推进创新驱动引领高质量发展等，为人力资源和社会保障事业发展提供了重大机遇。同时，发展不平衡不充分问题仍然突出，还存在诸多问题短板：就业总量压力特别是青年就业和农村劳动力转移就业压力仍然较大，结构性矛盾将成为就业领域的主要矛盾；人口老龄化程度持续加深，劳动年龄人口减少，社会保障制度的可持续发展面临挑战；制约和影响人才发展的体制机制障碍尚未根除，事业单位人',
    reason: '本段前半部分（PDF一页之内）的逗号、冒号、分号被提取为半角符号，改为中文全角标点。',
    summary: { original: '“十四五”时期,我省……事业单位人（10个“,”、1个“:”、2个“;”）', corrected: '“十四五”时期，我省……事业单位人（改为“，”“：”“；”）' },
  },
  {
    id: 'yigan-s1-1-p2',
    anchor: 's1-1-p2',
    original: '一千多支',
    corrected: '一干多支',
    reason: '四川省发展战略名称为“一干多支、五区协同”（“一干”指成都主干），“千”为字符识别错误。',
  },
  {
    id: 'and-s3-1-p1',
    anchor: 's3-1-p1',
    original: '单位 and 人群',
    corrected: '单位和人群',
    reason: '提取文本中混入英文单词“and”，应为“和”。',
  },
  {
    id: 'gongji-column-9-2',
    anchor: 'column-9-2-p1',
    original: '实施工技工教育发展',
    corrected: '实施技工教育发展',
    reason: '“实施工技工教育”多出一个“工”字，所指为技工教育发展“十四五”规划（同项下文“技工教育”“技工院校”）。',
  },
  {
    id: 'yigan-c8-p1',
    anchor: 'c8-p1',
    original: '一千多支',
    corrected: '一干多支',
    reason: '四川省发展战略名称为“一干多支、五区协同”，“千”为字符识别错误（同第一章第一节）。',
  },
]);
