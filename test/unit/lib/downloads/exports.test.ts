/**
 * The download writers on the plan model, with the publisher's facts set and unset: the facts appear
 * exactly where set and nowhere when not (nothing invented), every passage lands in one block, and
 * Markdown escaping shows plan text as it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errata } from '../../../../src/data/errata.ts';
import { readPlan } from '../../../../src/integrations/plan/read-plan.ts';
import { parsePublisher } from '../../../../src/lib/publisher.ts';
import { documentFacts, errataEntries, passageUrl, type ExportInput } from '../../../../src/lib/downloads/export-input.ts';
import { planBlocks, repairedSpans, splitByRepairs } from '../../../../src/lib/downloads/plan-blocks.ts';
import { toMarkdown } from '../../../../src/lib/downloads/to-markdown.ts';
import { markdownText as escapeMarkdown } from '../../../../src/lib/escape.ts';
import { toPlainText } from '../../../../src/lib/downloads/to-plain-text.ts';
import { toDocx } from '../../../../src/lib/downloads/to-docx.ts';
import { docxPlanText, documentXml, markdownPlanText, parseMarkdown, plainPlanText, styleOf, bodyParagraphs } from '../../../support/downloads.ts';
import { expectedPlanText, firstDifference } from '../../../support/fidelity.ts';
import { ROOT, SOURCE_TXT } from '../../../support/paths.ts';
import { toString } from 'mdast-util-to-string';

const plan = readPlan(ROOT);
const complete = parsePublisher(readFileSync(`${ROOT}test/fixtures/publisher/complete.json`, 'utf8'));
const withFacts: ExportInput = { plan, errata, document: complete.document, site: 'https://rsj.example.gov.cn', base: '/plan/' };
const without: ExportInput = { plan, errata, document: {}, base: '/' };
const expected = expectedPlanText(readFileSync(SOURCE_TXT, 'utf8'), errata);

describe('the document facts of the title page', () => {
  it('are exactly the facts the publisher set, in order, dates written as Chinese dates', () => {
    expect(documentFacts(complete.document, withFacts)).toEqual([
      { label: '发布机关', value: '示例发布机关' },
      { label: '发文字号', value: '示例〔2021〕1号' },
      { label: '成文日期', value: '2021年9月1日' },
      { label: '发布日期', value: '2021年9月30日' },
      { label: '原文链接', value: 'https://www.example.gov.cn/notice/1.html' },
      { label: '原文PDF', value: 'https://www.example.gov.cn/files/plan.pdf' },
    ]);
  });

  it('are none when none is set, and a PDF in public/ is addressed on the site', () => {
    expect(documentFacts({})).toEqual([]);
    expect(documentFacts({ pdf: { url: 'files/plan.pdf' } }, withFacts)).toEqual([
      { label: '原文PDF', value: 'https://rsj.example.gov.cn/plan/files/plan.pdf' },
    ]);
    expect(documentFacts({ signedDate: '2021-09-01' })).toEqual([{ label: '成文日期', value: '2021年9月1日' }]);
  });

  it('are on the .docx title page, in the Markdown and in the text when set, and in none of them when not, the plan text unchanged', async () => {
    const facts = documentFacts(complete.document, withFacts).map((f) => `${f.label}：${f.value}`);
    const docx = await toDocx(withFacts);
    const $ = documentXml(docx);
    expect(
      bodyParagraphs($)
        .filter((_, p) => styleOf($, p) === 'UiFacts')
        .map((_, p) => $(p).text())
        .get(),
    ).toEqual(facts);
    const md = toMarkdown(withFacts);
    const text = toPlainText(withFacts);
    for (const fact of facts) {
      expect(md).toContain(fact);
      expect(text).toContain(fact);
    }
    for (const f of [docxPlanText(docx), markdownPlanText(md), plainPlanText(text)]) expect(firstDifference(expected, f)).toBeNull();
    const bare = [toMarkdown(without), toPlainText(without), documentXml(await toDocx(without)).text()];
    for (const label of ['发布机关', '发文字号', '成文日期', '发布日期', '原文链接', '原文PDF'])
      for (const file of bare) expect(file).not.toContain(`${label}：`);
  });

  it('give the site address only when the build knows it', () => {
    expect(toMarkdown(withFacts)).toContain('网页版：https://rsj.example.gov.cn/plan/');
    expect(toMarkdown(without)).not.toContain('网页版');
    expect(passageUrl(withFacts, { page: 'chapters/3/', anchor: 's3-1-p1' })).toBe('https://rsj.example.gov.cn/plan/chapters/3/#s3-1-p1');
    expect(passageUrl(without, { page: '', anchor: '' })).toBe('/');
  });
});

describe('planBlocks', () => {
  it('puts every passage of the model in exactly one block, in order, each 专栏 with everything in it', () => {
    const blocks = planBlocks(plan);
    const flat = blocks.flatMap((b) =>
      b.type === 'column'
        ? [
            b.passage,
            ...b.children.flatMap((c) =>
              c.type === 'table' ? [c.head, ...c.groups.flatMap((g) => [g.category, ...g.rows]), ...(c.note ? [c.note] : [])] : [c.passage],
            ),
          ]
        : [b.passage],
    );
    expect(flat.map((p) => p.anchor)).toEqual(plan.passages.map((p) => p.anchor));
    expect(blocks.filter((b) => b.type === 'column')).toHaveLength(20);
  });

  it('refuses a passage of a 专栏 outside one, rather than dropping it', () => {
    const item = plan.passages.find((p) => p.kind === 'item')!;
    expect(() => planBlocks({ ...plan, passages: [plan.passages[0]!, item] })).toThrow(/stands outside a 专栏/u);
  });
});

describe('repaired spots', () => {
  it('come from the model for paragraphs and from the erratum for table rows, and split text into runs', () => {
    const row = plan.passages.find((p) => p.anchor === 'column-1-r5')!;
    const cell = row.cells![0]!;
    expect(repairedSpans(row, errata, cell)).toEqual([{ id: 'paren-column-1-5', start: 0, end: cell.length }]);
    expect(splitByRepairs('abcdef', [{ id: 'x', start: 1, end: 3 }])).toEqual([
      { text: 'a', repairs: [] },
      { text: 'bc', repairs: ['x'] },
      { text: 'def', repairs: [] },
    ]);
  });

  it('are listed with their places as citations name them', () => {
    const entries = errataEntries(without);
    expect(entries).toHaveLength(errata.length);
    expect(entries.find((e) => e.erratum.anchor === 's3-1-p1')!.location).toBe('第三章第一节第1段');
    expect(entries.find((e) => e.erratum.anchor === 'column-1-r5')!.location).toBe('第一章专栏1第5项');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['注：[]内为五年累计数。'],
    ['1.城镇新增就业人数'],
    ['# 不是标题'],
    ['- 不是列表'],
    ['> 不是引用'],
    ['*强调* _下划_ `代码` <b>标签</b> a|b ~~删除~~ &amp;'],
    ['\\反斜杠'],
  ])('shows %s exactly as written', (text) => {
    const tree = parseMarkdown(escapeMarkdown(text));
    expect(tree.children).toHaveLength(1);
    expect(tree.children[0]!.type).toBe('paragraph');
    expect(toString(tree)).toBe(text);
  });
});
