/**
 * The whole plan as a Word document (.docx, written with the `docx` package), from the plan model:
 * a title page with the document facts the publisher has set, a contents field, then the plan with
 * page numbers: 章 in Word's Heading 1 and 节 in Heading 2 (so the contents, the navigation pane and
 * WPS's 目录 see them), paragraphs in a body style, each 专栏 a bordered box, the indicator tables of
 * 专栏1 and 专栏2 real Word tables with a repeating header row, repaired words in a character style,
 * and the 勘误说明 list at the end, each entry linked to its place. Layout follows the habits of
 * Chinese official documents (GB/T 9704: A4, 仿宋 三号 body, 黑体 and 楷体 headings, 28 pt lines) so
 * that clauses pasted into a 公文 need no reformatting. Fonts are set for East Asian text explicitly
 * (w:eastAsia) with the language zh-CN, so Word and WPS pick Chinese fonts and line breaking.
 *
 * Plan text and the file's own words are told apart by paragraph style: every paragraph the file adds
 * (title-page facts, notes, the contents heading, the 勘误说明 list) has a style whose id starts with
 * "Ui"; the contents field is a content control. The tests read word/document.xml by that rule.
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  InternalHyperlink,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { documentFacts, errataEntries, exportNote, siteHome, type ExportInput } from './export-input.ts';
import { planBlocks, repairedSpans, splitByRepairs, type ColumnChild, type TableBlock } from './plan-blocks.ts';
import type { Passage } from '../plan/model.ts';
import { TITLE_ERRATUM } from '../plan/errata-schema.ts';
import { t } from '../../i18n/ui.ts';
import { docxText } from '../escape.ts';
import { stableDocx } from './stable-zip.ts';

/** Paragraph styles of plan text; every other paragraph style's id starts with UI_PREFIX. */
export const PLAN_STYLES = [
  'PlanTitle',
  'Heading1',
  'Heading2',
  'PlanBody',
  'ColumnTitle',
  'ItemTitle',
  'ColumnBody',
  'TableHead',
  'TableCategory',
  'TableLabel',
  'TableText',
  'TableNote',
] as const;
export const UI_PREFIX = 'Ui';
/** The character style of repaired words (dotted underline, as on the site). */
const REPAIRED_STYLE = 'Repaired';

// Fonts as Chinese Windows, Word and WPS name them; Latin letters and digits in Times New Roman.
const LATIN = 'Times New Roman';
const font = (eastAsia: string) => ({ ascii: LATIN, hAnsi: LATIN, cs: LATIN, eastAsia, hint: 'eastAsia' });
const SONG = '宋体';
const FANGSONG = '仿宋';
const HEI = '黑体';
const KAI = '楷体';

// Sizes in half-points (三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 二号 22 pt); lengths in twips.
const SIZE = { title: 44, body: 32, column: 28, table: 24, small: 21 } as const;
/** A4 with the margins of GB/T 9704 (37, 35, 28, 26 mm). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOX_PADDING = 200;

const style = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions => ({
  id,
  name,
  quickFormat: true,
  ...options,
});

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  style('PlanTitle', '规划标题', {
    run: { font: font(SONG), size: SIZE.title, bold: true },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2400, after: 600, line: 720, lineRule: LineRuleType.EXACT } },
  }),
  style('PlanBody', '规划正文', {
    run: { font: font(FANGSONG), size: SIZE.body },
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLineChars: 200, firstLine: 640 }, spacing: { line: 560, lineRule: LineRuleType.EXACT } },
  }),
  style('ColumnTitle', '专栏标题', {
    run: { font: font(HEI), size: SIZE.column },
    paragraph: { alignment: AlignmentType.CENTER, keepNext: true, outlineLevel: 2, spacing: { before: 60, after: 120 } },
  }),
  style('ItemTitle', '专栏条目', {
    run: { font: font(KAI), size: SIZE.column, bold: true },
    paragraph: { keepNext: true, spacing: { before: 120, line: 440, lineRule: LineRuleType.EXACT } },
  }),
  style('ColumnBody', '专栏正文', {
    run: { font: font(FANGSONG), size: SIZE.column },
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLineChars: 200, firstLine: 560 }, spacing: { line: 440, lineRule: LineRuleType.EXACT } },
  }),
  style('TableHead', '指标表表头', { run: { font: font(HEI), size: SIZE.table }, paragraph: { alignment: AlignmentType.CENTER } }),
  style('TableCategory', '指标表类别', { run: { font: font(HEI), size: SIZE.table }, paragraph: { keepNext: true } }),
  style('TableLabel', '指标名称', { run: { font: font(FANGSONG), size: SIZE.table } }),
  style('TableText', '指标表', { run: { font: font(FANGSONG), size: SIZE.table }, paragraph: { alignment: AlignmentType.CENTER } }),
  style('TableNote', '指标表注', { run: { font: font(FANGSONG), size: SIZE.small }, paragraph: { spacing: { before: 60 } } }),
  style('UiFacts', '文件信息', { run: { font: font(FANGSONG), size: SIZE.column }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } } }),
  style('UiNote', '文件说明', {
    run: { font: font(FANGSONG), size: SIZE.small, color: '444444' },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { before: 600 } },
  }),
  style('UiContents', '目录标题', { run: { font: font(HEI), size: SIZE.body }, paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } } }),
  style('UiHeading', '附录标题', {
    basedOn: 'Heading1',
    next: 'UiErrata',
    run: { font: font(HEI), size: SIZE.body },
    paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0 },
  }),
  style('UiErrata', '勘误条目', { run: { font: font(FANGSONG), size: SIZE.table }, paragraph: { spacing: { after: 60 } } }),
  style('UiSpacer', '间隔', { run: { size: SIZE.small }, paragraph: { spacing: { line: 240 } } }),
];

/** Word bookmark names: a letter first, then letters, digits and underscores only (no hyphen), at most 40. */
export const bookmarkName = (anchor: string): string => `plan_${anchor.replaceAll('-', '_')}`;

const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** The runs of a passage's text (or of one of its cells), repaired words in the Repaired style. */
function runs(passage: Passage, input: ExportInput, text: string = passage.text): TextRun[] {
  const line = oneLine(text);
  // Offsets are in the text as the model has it; its whitespace is only ever single spaces inside the plan's lines.
  const spans = line === text ? repairedSpans(passage, input.errata, text) : repairedSpans(passage, input.errata, line);
  return splitByRepairs(line, spans).map((r) => new TextRun(r.repairs.length ? { text: r.text, style: REPAIRED_STYLE } : r.text));
}

/** A paragraph of plan text; passages that a repair is in carry a bookmark, for the 勘误说明 list's links. */
function planParagraph(passage: Passage, styleId: (typeof PLAN_STYLES)[number], input: ExportInput, bookmarked: ReadonlySet<string>, text?: string): Paragraph {
  const children: ParagraphChild[] = runs(passage, input, text);
  return new Paragraph({
    style: styleId,
    children: bookmarked.has(passage.anchor) ? [new Bookmark({ id: bookmarkName(passage.anchor), children })] : children,
  });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function indicatorTable(block: TableBlock, input: ExportInput, bookmarked: ReadonlySet<string>, width: number): Table {
  const columns = block.head.cells!.length;
  const first = Math.round(width * 0.43);
  const rest = Math.floor((width - first) / (columns - 1));
  const widths = [first, ...Array.from({ length: columns - 1 }, () => rest)];
  const cell = (passage: Passage, text: string, styleId: (typeof PLAN_STYLES)[number], i: number, span = 1) =>
    new TableCell({
      children: [planParagraph(passage, styleId, input, bookmarked, text)],
      width: { size: widths.slice(i, i + span).reduce((a, b) => a + b, 0), type: WidthType.DXA },
      ...(span > 1 ? { columnSpan: span } : {}),
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: block.head.cells!.map((c, i) => cell(block.head, c, 'TableHead', i)) }),
    ...block.groups.flatMap((g) => [
      new TableRow({ cantSplit: true, children: [cell(g.category, g.category.text, 'TableCategory', 0, columns)] }),
      ...g.rows.map((r) => new TableRow({ cantSplit: true, children: r.cells!.map((c, i) => cell(r, c, i === 0 ? 'TableLabel' : 'TableText', i)) })),
    ]),
  ];
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
  });
}

function columnContent(child: ColumnChild, input: ExportInput, bookmarked: ReadonlySet<string>): (Paragraph | Table)[] {
  if (child.type === 'item') return [planParagraph(child.passage, 'ItemTitle', input, bookmarked)];
  if (child.type === 'paragraph') return [planParagraph(child.passage, 'ColumnBody', input, bookmarked)];
  return [
    indicatorTable(child, input, bookmarked, TEXT_WIDTH - 2 * BOX_PADDING - 40),
    ...(child.note ? [planParagraph(child.note, 'TableNote', input, bookmarked)] : []),
  ];
}

/** A 专栏 as a one-cell table with a border: the box holds paragraphs and the indicator table alike, in Word, WPS and LibreOffice. */
function columnBox(heading: Passage, children: readonly ColumnChild[], input: ExportInput, bookmarked: ReadonlySet<string>): Table {
  const content = [planParagraph(heading, 'ColumnTitle', input, bookmarked), ...children.flatMap((c) => columnContent(c, input, bookmarked))];
  // A cell must end with a paragraph, or Word reports the file as damaged.
  if (!(content.at(-1) instanceof Paragraph)) content.push(new Paragraph({ style: 'UiSpacer' }));
  const box = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: { top: box, bottom: box, left: box, right: box, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: content,
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            margins: { top: 120, bottom: 120, left: BOX_PADDING, right: BOX_PADDING },
            shading: { type: ShadingType.CLEAR, fill: 'F7F7F7' },
          }),
        ],
      }),
    ],
  });
}

function titlePage(input: ExportInput, title: Passage, bookmarked: ReadonlySet<string>): Paragraph[] {
  const home = siteHome(input);
  // The title's repair (the extracted text's stray space) has no anchor of its own: its bookmark is "title".
  const run = new TextRun(title.text.trim());
  return [
    new Paragraph({
      style: 'PlanTitle',
      children: bookmarked.has(TITLE_ERRATUM) ? [new Bookmark({ id: bookmarkName(TITLE_ERRATUM), children: [run] })] : [run],
    }),
    ...documentFacts(input.document, input).map((f) => new Paragraph({ style: 'UiFacts', children: [new TextRun(docxText(`${f.label}：${f.value}`))] })),
    ...exportNote(input).map(
      (line, i) =>
        new Paragraph({
          style: 'UiNote',
          children:
            i > 0 && home
              ? [
                  new TextRun(line.slice(0, line.indexOf(home))),
                  new ExternalHyperlink({ link: home, children: [new TextRun({ text: home, style: 'Hyperlink' })] }),
                ]
              : [new TextRun(line)],
        }),
    ),
  ];
}

function errataList(input: ExportInput): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ style: 'UiHeading', pageBreakBefore: true, children: [new TextRun(t('nav.errata'))] }),
    new Paragraph({ style: 'UiErrata', children: [new TextRun(t('export.errataIntro'))] }),
  ];
  for (const e of errataEntries(input)) {
    out.push(
      new Paragraph({
        style: 'UiErrata',
        keepNext: true,
        spacing: { before: 200 },
        children: [
          new TextRun({ text: `${e.n}. `, bold: true }),
          new InternalHyperlink({ anchor: bookmarkName(e.erratum.anchor), children: [new TextRun({ text: e.location, style: 'Hyperlink', bold: true })] }),
        ],
      }),
      new Paragraph({ style: 'UiErrata', keepNext: true, children: [new TextRun(`${t('errata.original')}：${e.original}`)] }),
      new Paragraph({ style: 'UiErrata', keepNext: true, children: [new TextRun(`${t('errata.corrected')}：${e.corrected}`)] }),
      new Paragraph({ style: 'UiErrata', children: [new TextRun(`${t('errata.reason')}：${e.erratum.reason}`)] }),
    );
  }
  return out;
}

const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(SONG), size: SIZE.column })],
      }),
    ],
  });

/** The .docx file's bytes. */
export async function toDocx(input: ExportInput): Promise<Uint8Array> {
  const bookmarked = new Set(input.errata.map((e) => e.anchor));
  const blocks = planBlocks(input.plan);
  const front: (Paragraph | Table | TableOfContents)[] = [];
  const body: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        front.push(
          ...titlePage(input, block.passage, bookmarked),
          new Paragraph({ style: 'UiContents', pageBreakBefore: true, children: [new TextRun(t('export.contents'))] }),
          new TableOfContents(t('export.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
        );
        break;
      case 'chapter':
        body.push(planParagraph(block.passage, 'Heading1', input, bookmarked));
        break;
      case 'section':
        body.push(planParagraph(block.passage, 'Heading2', input, bookmarked));
        break;
      case 'paragraph':
        // The preamble stands before the first chapter, on the body's first page.
        body.push(planParagraph(block.passage, 'PlanBody', input, bookmarked));
        break;
      case 'column':
        // Two tables in a row would merge into one: a spacer paragraph keeps each box apart.
        body.push(columnBox(block.passage, block.children, input, bookmarked), new Paragraph({ style: 'UiSpacer' }));
        break;
    }
  }
  body.push(...errataList(input));
  const page = { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } };
  const doc = new Document({
    title: oneLine(input.plan.title),
    creator: t('site.name'),
    description: t('export.note'),
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: font(FANGSONG), size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } } },
        heading1: {
          run: { font: font(HEI), size: SIZE.body, bold: false, color: '000000' },
          paragraph: {
            alignment: AlignmentType.CENTER,
            keepNext: true,
            outlineLevel: 0,
            spacing: { before: 480, after: 240, line: 560, lineRule: LineRuleType.EXACT },
          },
        },
        heading2: {
          run: { font: font(KAI), size: SIZE.body, bold: true, color: '000000' },
          paragraph: {
            keepNext: true,
            outlineLevel: 1,
            indent: { firstLineChars: 200, firstLine: 640 },
            spacing: { before: 240, after: 120, line: 560, lineRule: LineRuleType.EXACT },
          },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
      characterStyles: [{ id: REPAIRED_STYLE, name: '勘误更正', run: { underline: { type: 'dotted' } } }],
    },
    sections: [
      { properties: { page }, children: front },
      { properties: { page: { ...page, pageNumbers: { start: 1 } }, type: SectionType.NEXT_PAGE }, footers: { default: pageFooter() }, children: body },
    ],
  });
  // Without the build's time in it: the same plan gives the same file (stable-zip.ts).
  return stableDocx(new Uint8Array(await Packer.toBuffer(doc)));
}
