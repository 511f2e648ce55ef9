/**
 * Bad edits of the plan's MDX (content/plan/*.mdx) that `npm run build` must refuse, each with one
 * message naming the file and line: markup that would run or load something, markdown the official
 * text does not have, broken structure, repairs that do not match their errata, changed words. Run
 * at unit level on the build's checks (src/integrations/plan/plan-checks.ts); independent edits are
 * made together, each with its own test.
 */
import { afterAll } from 'vitest';
import { cleanupPlanEdits } from '../../../support/plan-edits.ts';
import { describeRefusals, lineOf, replaceOnce, type Refusal } from '../../../support/refusals.ts';

afterAll(() => cleanupPlanEdits());

const file = (n: number) =>
  `content/plan/${['00-preamble', '01-zhidao-sixiang', '02-jiuye', '03-shehui-baozhang', '04-renli-ziyuan-fuwuye', '05-rencai', '06-laodong-guanxi', '07-nongmingong', '08-quyu-xietiao', '09-gonggong-fuwu', '10-shishi-baozhang'][n]}.mdx`;
/** Inserts a block before a line of chapter n; the message names that line. */
const before = (n: number, marker: string, block: string) => ({
  file: file(n),
  edit: replaceOnce(marker, `${block}\n\n${marker}`),
  line: lineOf(file(n), marker),
});
const at = (n: number, marker: string) => `${file(n)}:${lineOf(file(n), marker)}`;
const replace = (n: number, from: string, to: string) => ({ file: file(n), edit: replaceOnce(from, to) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const inserted = (name: string, n: number, marker: string, block: string, message: string): Refusal => {
  const b = before(n, marker, block);
  return { name, file: b.file, edit: b.edit, message: `${b.file}:${b.line}: ${message}` };
};

describeRefusals('markup that would run, style or load something', [
  {
    name: 'an import',
    file: file(0),
    edit: (t) => `${t}\nimport Evil from '../../src/components/Fix.astro';\n`,
    message: /^content\/plan\/00-preamble\.mdx:\d+: import\/export statements are not allowed in plan content/,
  },
  inserted('a {…} expression', 1, '## 第二节 指导思想', '{1 + 1}', 'a {…} expression is not allowed in plan content'),
  inserted(
    'a <script> block',
    2,
    '## 第二节 健全公共就业创业服务体系',
    '<script>alert(1)</script>',
    "<script> is not allowed in plan content: it would run on every reader's page",
  ),
  {
    name: 'a <script> inside a paragraph',
    ...replace(3, '推动实现职工基本养老保险', '推动实现<script>alert(1)</script>职工基本养老保险'),
    message: `${at(3, '推动实现职工基本养老保险')}: <script> is not allowed in plan content`,
  },
  inserted('a <style> block', 4, '## 第二节 强化产业协同', '<style>@import url(https://evil.example/x.css);</style>', '<style> is not allowed in plan content'),
  {
    name: 'an on… event handler attribute on a plan component',
    ...replace(5, '<Column n={8} title="专业技术人才工作计划">', '<Column n={8} title="专业技术人才工作计划" onClick="alert(1)">'),
    message: `${at(5, '<Column n={8}')}: <Column onClick=…>: event handler attributes are not allowed in plan content`,
  },
  inserted(
    'an <img> from another origin',
    6,
    '## 第二节 深化企业工资收入分配制度改革',
    '<img src="https://evil.example/x.png" alt="" />',
    '<img> is not allowed in plan content',
  ),
  inserted('an <iframe>', 7, '## 第二节 加强农民工人才培养', '<iframe src="https://evil.example/"></iframe>', '<iframe> is not allowed in plan content'),
  {
    name: 'a markdown link to a javascript: URL',
    ...replace(8, '充分发挥五大片区', '[充分](javascript:alert(1))发挥五大片区'),
    message: `${at(8, '充分发挥五大片区')}: a link to a javascript: URL is not allowed in plan content`,
  },
  inserted(
    'a markdown image from another origin',
    9,
    '## 第一节 深入推进人社公共服务标准化建设',
    '![](https://evil.example/x.png)',
    'an image from another origin (https://evil.example/x.png) is not allowed',
  ),
  inserted(
    'a markdown link to another origin',
    10,
    '## 第一节 深化依法行政',
    '[官网](https://example.com/)',
    'a link to another origin (https://example.com/) is not allowed',
  ),
]);

describeRefusals('markdown the official text does not have', [
  {
    name: 'a <Column> in the preamble',
    file: file(0),
    edit: (t) => `${t}\n<Column n={1} title="多余">\n\n多余。\n\n</Column>\n`,
    message: /^content\/plan\/00-preamble\.mdx:\d+: the preamble \(chapter 0\) holds paragraphs only$/,
  },
  inserted('a heading below section level', 2, '## 第二节 健全公共就业创业服务体系', '### 小标题', 'a level-3 heading is not allowed here'),
  inserted('a list', 4, '## 第二节 强化产业协同', '- 一项', 'list is not plan content'),
  {
    name: 'bold text',
    ...replace(5, '深化人才发展体制机制改革', '**深化**人才发展体制机制改革'),
    message: `${at(5, '深化人才发展体制机制改革')}: strong is not plan content`,
  },
]);

const ch10 = '## 第二节 强化财力保障';
describeRefusals('broken structure, each said once', [
  {
    name: 'an indicator table in another 专栏 than its own (not also: a table no page shows)',
    ...replace(1, '<IndicatorTable column={1} />', '<IndicatorTable column={2} />'),
    message: `${at(1, '<IndicatorTable column={1} />')}: <IndicatorTable column={2}> stands in 专栏1: the numbers must agree`,
  },
  {
    name: 'a section heading whose number is not its place',
    ...replace(2, '## 第二节 健全公共就业创业服务体系', '## 第三节 健全公共就业创业服务体系'),
    message: `${at(2, '## 第二节 健全')}: section heading 2 of the chapter must read "## 第二节 title"; found "## 第三节 健全公共就业创业服务体系"`,
  },
  {
    name: 'a 专栏 numbered out of place (not also every 专栏 after it)',
    ...replace(3, '<Column n={5} title="社会保险制度建设">', '<Column n={6} title="社会保险制度建设">'),
    message: `${at(3, '<Column n={5}')}: <Column n={6}> is 专栏 5 of the plan: 专栏 are numbered 1, 2, 3 … through the chapters`,
  },
  {
    name: 'a 专栏 item numbered out of place',
    ...replace(4, '<ColumnItem n={2} title="产业集群集聚项目">', '<ColumnItem n={3} title="产业集群集聚项目">'),
    message: `${at(4, '<ColumnItem n={2} title="产业集群集聚项目">')}: <ColumnItem n={3}> is item 2 of 专栏7`,
  },
  inserted(
    'a <ColumnItem> outside its <Column>',
    5,
    '## 第三节 深化事业单位人事制度改革',
    '<ColumnItem n={1} title="游离">\n\n游离。\n\n</ColumnItem>',
    '<ColumnItem> outside a <Column>: items belong inside their 专栏',
  ),
  {
    name: 'a 专栏 number given as text',
    ...replace(6, '<Column n={11} title=', '<Column n="11" title='),
    message: `${at(6, '<Column n={11}')}: <Column> needs a whole-number attribute n={…}`,
  },
  {
    name: 'a 专栏 without its title',
    ...replace(7, '<Column n={14} title="农民工就业创业行动">', '<Column n={14}>'),
    message: `${at(7, '<Column n={14}')}: <Column> needs a text attribute title="…"`,
  },
  {
    name: 'a misspelt attribute (not also: the title is missing)',
    ...replace(8, '<Column n={18} title="川渝', '<Column n={18} titel="川渝'),
    message: `${at(8, '<Column n={18}')}: <Column> has an unknown attribute "titel"; it takes "n", "title"`,
  },
  {
    name: 'a section heading removed (not also every heading after it)',
    ...replace(9, '## 第二节 全面推进人社公共服务数字化转型\n\n', ''),
    message: new RegExp(
      `^${escape(at(9, '## 第三节')).replace(
        /:\d+$/,
        '',
      )}:\\d+: section heading 2 of the chapter must read "## 第二节 title"; found "## 第三节 持续提升人社队伍公共服务水平"$`,
    ),
  },
  {
    name: 'two sections in the wrong order',
    file: file(10),
    edit: (t) => {
      const a = t.indexOf('## 第一节 深化依法行政');
      const b = t.indexOf(ch10);
      const c = t.indexOf('## 第三节');
      return t.slice(0, a) + t.slice(b, c) + t.slice(a, b) + t.slice(c);
    },
    message: `${at(10, '## 第一节 深化依法行政')}: section heading 1 of the chapter must read "## 第一节 title"; found "## 第二节 强化财力保障"`,
  },
]);

describeRefusals('MDX that does not parse', [
  {
    name: 'an unclosed <ColumnItem>',
    ...replace(3, '</ColumnItem>\n<ColumnItem n={2} title="新就业形态群体参保">', '<ColumnItem n={2} title="新就业形态群体参保">'),
    message: /^content\/plan\/03-shehui-baozhang\.mdx:\d+: MDX syntax error: .*ColumnItem/,
  },
  {
    name: 'a stray < in the text',
    ...replace(8, '充分发挥五大片区', '充分发挥<5大片区'),
    message: new RegExp(`^${escape(at(8, '充分发挥五大片区'))}: MDX syntax error: `),
  },
]);

describeRefusals('repairs that do not match src/data/errata.ts', [
  {
    name: 'a <Fix> whose erratum does not exist (a misspelt id: said once, not also as the erratum without its <Fix>)',
    ...replace(3, '<Fix id="and-s3-1-p1">', '<Fix id="and-s3-1-p9">'),
    message: `${at(3, '<Fix id="and-s3-1-p1">')}: <Fix id="and-s3-1-p9"> has no erratum: add it to src/data/errata.ts (what the official text has, the correction, the reason); this paragraph's erratum is "and-s3-1-p1": is the <Fix> id misspelt?`,
  },
  {
    name: "a <Fix> whose words are not its erratum's correction",
    ...replace(5, '<Fix id="gongji-column-9-2">实施技工教育发展</Fix>', '<Fix id="gongji-column-9-2">实施技工教育的发展</Fix>'),
    message: `${at(5, '<Fix id="gongji-column-9-2">')}: <Fix id="gongji-column-9-2"> holds “实施技工教育的发展”, but its erratum's corrected text is “实施技工教育发展”`,
  },
  {
    name: 'the same <Fix> twice',
    ...replace(8, '充分发挥五大片区', '充分发挥<Fix id="yigan-c8-p1">五大</Fix>片区'),
    message: `${at(8, '充分发挥五大片区')}: <Fix id="yigan-c8-p1"> is used twice: each erratum marks one spot`,
  },
]);

describeRefusals('a <Fix> removed from around its corrected words', [
  {
    name: 'the erratum has no <Fix> (readers would not see the repair)',
    ...replace(3, '<Fix id="and-s3-1-p1">单位和人群</Fix>', '单位和人群'),
    message: `src/data/errata.ts, erratum "and-s3-1-p1", field "id": no <Fix id="and-s3-1-p1"> marks the repair in s3-1-p1 (${at(3, '<Fix id="and-s3-1-p1">')})`,
  },
]);

describeRefusals('words of the plan changed without an erratum: the place and both texts', [
  {
    name: 'a changed word',
    ...replace(3, '由制度全覆盖到法定人群全覆盖', '由制度全复盖到法定人群全覆盖'),
    message: new RegExp(
      `^${escape(at(3, '由制度全覆盖'))}: s3-1-p1 differs from the official text \\(content/source/plan-source\\.txt\\): official: …推动实现职工基本养老保险由制度全【覆盖到.*site: +…推动实现职工基本养老保险由制度全【复盖到`,
    ),
  },
  {
    name: 'a changed word of a chapter title (frontmatter)',
    ...replace(4, 'title: "加快发展人力资源服务业"', 'title: "加快发展人力资源服务产业"'),
    message: new RegExp(`^${escape(at(4, 'title: '))}: c4 differs from the official text .*official: …第四章加快发展人力资源服务【业`),
  },
  {
    name: 'a deleted sentence',
    ...replace(5, '深化人才发展体制机制改革，', ''),
    message: new RegExp(`^${escape(at(5, '深化人才发展体制机制改革'))}: s5-1-p1 differs from the official text .*official: …【深化人才发展体制机制改革，`),
  },
  {
    name: 'an added sentence',
    ...replace(8, '推进人力资源服务管理协同。', '推进人力资源服务管理协同。我们补充的话。'),
    message: new RegExp(
      `^${escape(at(8, '推进人力资源服务管理协同。'))}: s8-2-p1 differs from the official text .*site: +…推进人力资源服务管理协同。【我们补充的话。`,
    ),
  },
]);

describeRefusals('a paragraph split in two: the words are the same, the anchors after it would not be', [
  {
    name: 'split',
    ...replace(3, '促进城乡居民基本养老保险适龄参保人员应保尽保。', '促进城乡居民基本养老保险适龄参保人员应保尽保。\n\n'),
    message: `${at(3, '推动实现职工基本养老保险')}: s3-1-p1 is part of a paragraph of the official text, which goes on with “扩大失业保险覆盖面，重点推动中小…”: join it with the next`,
  },
]);

describeRefusals('two paragraphs joined into one', [
  {
    name: 'joined',
    ...replace(8, '\n\n推进就业协同。', '推进就业协同。'),
    message: `${at(8, '推进人力资源服务管理协同。')}: s8-2-p1 joins two paragraphs of the official text: a new one starts at “推进就业协同。依托省政务服务一体…”`,
  },
]);
