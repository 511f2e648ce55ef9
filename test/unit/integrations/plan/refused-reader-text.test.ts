/**
 * Edits the fidelity comparison cannot see (it ignores whitespace) but readers do: an ideographic or
 * no-break space is a gap on the page that the browser's find does not match across, a line break
 * inside a paragraph shows as a space, a hard line break splits an official paragraph, an invisible
 * character breaks a search. The build refuses each inside a plan paragraph, heading or title, naming
 * the character (U+3000 IDEOGRAPHIC SPACE), unless an erratum lists it. And four mistakes whose
 * messages used to say something else: a zero-width space shown invisibly in a diff, CR-only line
 * endings ("has no frontmatter"), a flipped `cumulative`, two chapters' numbers swapped (said as 专栏
 * numbering). Run at unit level on the build's checks, like refused-content.test.ts.
 */
import { afterAll, expect, it } from 'vitest';
import { cleanupPlanEdits, planEditProblems } from '../../../support/plan-edits.ts';
import { describeRefusals, inRecord, lineOf, replaceOnce, type Refusal } from '../../../support/refusals.ts';

afterAll(() => cleanupPlanEdits());

const file = (n: number) =>
  `content/plan/${['00-preamble', '01-zhidao-sixiang', '02-jiuye', '03-shehui-baozhang', '04-renli-ziyuan-fuwuye', '05-rencai', '06-laodong-guanxi', '07-nongmingong', '08-quyu-xietiao', '09-gonggong-fuwu', '10-shishi-baozhang'][n]}.mdx`;
const at = (n: number, marker: string) => `${file(n)}:${lineOf(file(n), marker)}`;
/** Replaces `from` (once) in chapter n; the message is at the line of `marker`. */
const edit = (name: string, n: number, from: string, to: string, message: string, marker = from): Refusal => ({
  name,
  file: file(n),
  edit: replaceOnce(from, to),
  message: `${at(n, marker)}: ${message}`,
});

const GAP = 'readers see a gap the official text does not have, and a search for the words across it finds nothing; remove it';
const FIX = ', or list the change in src/data/errata.ts and mark it with <Fix id="…">';

describeRefusals('whitespace and invisible characters a reader sees or searches', [
  edit(
    'two U+3000 inside 《四川省工伤保险条例》',
    3,
    '《四川省工伤保险条例》',
    '《四川省\u3000工伤保险\u3000条例》',
    `s3-1-p1 has U+3000 IDEOGRAPHIC SPACE (the first of 2 such characters, after “…业保险。全面实施《四川省”): ${GAP}${FIX}`,
  ),
  edit(
    'a no-break space in "2023"',
    3,
    '到 2023 年',
    '到 20\u00a023 年',
    `column-5-1-p1 has U+00A0 NO-BREAK SPACE (after “…险省级统收统支，到 20”): ${GAP}${FIX}`,
  ),
  edit(
    'a line break inside a paragraph',
    7,
    '围绕县域经济发展和乡村振兴，',
    '围绕县域经济发展\n和乡村振兴，',
    's7-1-p1 has a line break inside the paragraph (after “围绕县域经济发展”): browsers show it as a space, and a search across it finds nothing; join the lines',
  ),
  edit(
    'two trailing spaces: a hard line break inside an official paragraph',
    2,
    '坚持把高校毕业生等青年就业',
    '坚持把高校毕业生等  \n青年就业',
    'a hard line break (two spaces or a backslash at the end of a line) is not plan content: the official paragraph goes on, so join the lines',
  ),
  edit(
    'a backslash at the end of a line: a hard line break',
    6,
    '创新劳动关系基层治理方式和治理模式。',
    '创新劳动关系基层治理方式\\\n和治理模式。',
    'a hard line break (two spaces or a backslash at the end of a line) is not plan content: the official paragraph goes on, so join the lines',
  ),
  {
    name: 'U+3000 in a chapter title (shown on 9 pages and in the downloads)',
    file: file(4),
    edit: replaceOnce('title: "加快发展人力资源服务业"', 'title: "加快发展\u3000人力资源服务业"'),
    message: `${at(4, 'title: ')}: c4 has U+3000 IDEOGRAPHIC SPACE (after “加快发展”): ${GAP}`,
  },
  edit(
    'U+3000 after a section number',
    8,
    '## 第二节 深化川渝合作',
    '## 第二节\u3000深化川渝合作',
    `s8-2 has U+3000 IDEOGRAPHIC SPACE (after “第二节”): ${GAP}`,
  ),
  edit(
    'a no-break space in a 专栏 title',
    5,
    '<Column n={8} title="专业技术人才工作计划">',
    '<Column n={8} title="专业技术\u00a0人才工作计划">',
    `column-8 has U+00A0 NO-BREAK SPACE (after “专业技术”): ${GAP}`,
  ),
  edit(
    'a thin space',
    9,
    '全面实施人社公共服务标准化管理。',
    '全面实施人社公共\u2009服务标准化管理。',
    `s9-1-p1 has U+2009 THIN SPACE (after “全面实施人社公共”): ${GAP}${FIX}`,
  ),
  edit('a tab', 10, '全面落实《人力资源和', '全面落实《人力资源\t和', `s10-1-p1 has U+0009 CHARACTER TABULATION (after “全面落实《人力资源”): ${GAP}${FIX}`),
  edit(
    'a zero-width space, named instead of shown invisibly in a diff',
    1,
    '“十三五”时期，党中央国务院',
    '“十三五”时期，党中央\u200b国务院',
    's1-1-p1 has U+200B ZERO WIDTH SPACE (after ““十三五”时期，党中央”), which readers cannot see but which breaks a search for the words around it; remove it',
    '“十三五”时期，党中央国务院',
  ),
]);

describeRefusals('a file with CR-only line endings: said, not "has no frontmatter"', [
  {
    name: 'CR-only line endings',
    file: file(5),
    edit: (t) => t.replace(/\n/gu, '\r'),
    message: `${file(5)}:1: has lines ended by a lone CR (U+000D CARRIAGE RETURN, as old Mac editors write): save the file with LF (or CRLF) line endings`,
  },
]);

it("says two chapters' numbers swapped as such (once, not as 专栏 numbering)", async () => {
  const lines = await planEditProblems([
    { file: file(3), edit: replaceOnce('chapter: 3', 'chapter: 4') },
    { file: file(4), edit: replaceOnce('chapter: 4', 'chapter: 3') },
  ]);
  expect(lines).toEqual([
    `${file(3)}, frontmatter, field "chapter": is 4, and ${file(4)} says chapter: 3: the two chapters' numbers are swapped (each file is named by its chapter); put them back`,
  ]);
}, 60_000);

describeRefusals('a flipped cumulative: the field and the brackets named, on the 十四五 indicator itself', [
  {
    name: 'cumulative: false under a bracketed [522.04]',
    file: 'src/data/indicators.ts',
    edit: inRecord('plan14-urban-new-jobs', "text: '[522.04]', value: 522.04, cumulative: true", "text: '[522.04]', value: 522.04, cumulative: false"),
    message:
      'src/data/indicators.ts, 专栏2 indicator "plan14-urban-new-jobs" (row 1), field "base.cumulative": is false, but the printed text "[522.04]" is in brackets (a five-year cumulative total): set cumulative: true',
  },
  {
    name: 'cumulative: true under an unbracketed 2500',
    file: 'src/data/indicators.ts',
    edit: inRecord('plan14-hr-services-revenue', "text: '2500', value: 2500, cumulative: false", "text: '2500', value: 2500, cumulative: true"),
    message:
      'src/data/indicators.ts, 专栏2 indicator "plan14-hr-services-revenue" (row 12), field "target.cumulative": is true, but the printed text "2500" is not in brackets (a level, not a five-year total): set cumulative: false',
  },
]);

it('accepts a space an erratum lists, inside its <Fix>', async () => {
  const lines = await planEditProblems([
    { file: 'src/data/errata.ts', edit: inRecord('and-s3-1-p1', "corrected: '单位和人群'", "corrected: '单位和\u3000人群'") },
    { file: file(3), edit: replaceOnce('<Fix id="and-s3-1-p1">单位和人群</Fix>', '<Fix id="and-s3-1-p1">单位和\u3000人群</Fix>') },
  ]);
  expect(lines).toEqual([]);
}, 60_000);
