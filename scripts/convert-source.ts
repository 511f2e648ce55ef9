/**
 * One-off converter, kept as the record of how content/plan/*.mdx (and once the indicator tables)
 * were made from content/source/plan-source.txt. Since then the MDX is the editable source.
 *
 *   node scripts/convert-source.ts   (over)writes the files: only for a fresh start
 *
 * It drops the table of contents, joins paragraphs split by page breaks (src/lib/source/parse-source.ts),
 * turns 专栏 into <Column>/<ColumnItem> (the two indicator tables into <IndicatorTable>), and marks every repair
 * listed in src/data/errata.ts with <Fix>. It adds no words to the plan text.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSource, type SourceBlock, type SourceColumn } from '../src/lib/source/parse-source.ts';
import { errata } from '../src/data/errata.ts';
import { TITLE_ERRATUM } from '../src/lib/plan/errata-schema.ts';
import { paragraphId, tableNoteId, tableRowId, type ParagraphScope } from '../src/lib/anchors.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

/** ASCII file names and the short labels used where space is tight (phone navigation, breadcrumbs). */
const CHAPTER_META: Record<number, { slug: string; shortTitle: string }> = {
  0: { slug: 'preamble', shortTitle: '规划说明' },
  1: { slug: 'zhidao-sixiang', shortTitle: '指导思想和主要目标' },
  2: { slug: 'jiuye', shortTitle: '就业' },
  3: { slug: 'shehui-baozhang', shortTitle: '社会保障' },
  4: { slug: 'renli-ziyuan-fuwuye', shortTitle: '人力资源服务业' },
  5: { slug: 'rencai', shortTitle: '人才' },
  6: { slug: 'laodong-guanxi', shortTitle: '劳动关系' },
  7: { slug: 'nongmingong', shortTitle: '农民工' },
  8: { slug: 'quyu-xietiao', shortTitle: '区域协调' },
  9: { slug: 'gonggong-fuwu', shortTitle: '公共服务' },
  10: { slug: 'shishi-baozhang', shortTitle: '实施保障' },
};

/** Characters that MDX would read as syntax; the plan's prose has none, and we keep it that way. */
const MDX_SYNTAX = /[{}<>\\*_`#|]|^\s*\d+\.|^\s*[-+]\s/;

/** Applies the errata that belong to one anchor, marking each repaired spot with <Fix>. */
function withFixes(text: string, anchor: string, used: Set<string>): string {
  let out = text;
  for (const erratum of errata.filter((e) => e.anchor === anchor)) {
    const at = out.indexOf(erratum.original);
    if (at < 0) throw new Error(`Erratum ${erratum.id}: "${erratum.original}" not found at ${anchor}`);
    out = `${out.slice(0, at)}<Fix id="${erratum.id}">${erratum.corrected}</Fix>${out.slice(at + erratum.original.length)}`;
    used.add(erratum.id);
  }
  return out;
}

/** The title, with its repair when src/data/errata.ts has one (frontmatter holds no <Fix>: the pages mark it). */
function title(text: string, used: Set<string>): string {
  const erratum = errata.find((e) => e.anchor === TITLE_ERRATUM);
  if (!erratum) return text;
  if (erratum.original !== text) throw new Error(`Erratum ${erratum.id}: the title is "${text}", not "${erratum.original}"`);
  used.add(erratum.id);
  return erratum.corrected;
}

function paragraph(text: string, anchor: string, used: Set<string>): string {
  if (MDX_SYNTAX.test(text)) throw new Error(`Paragraph ${anchor} contains MDX syntax: ${text.slice(0, 40)}`);
  return withFixes(text, anchor, used);
}

const attr = (value: string): string => {
  if (value.includes('"')) throw new Error(`Attribute value with a straight quote: ${value}`);
  return `"${value}"`;
};

function column(block: SourceColumn, used: Set<string>): string {
  const open = `<Column n={${block.n}} title=${attr(block.title)}>`;
  if (block.table) return `<Column n={${block.n}} title=${attr(block.title)}>\n<IndicatorTable column={${block.n}} />\n</Column>`;
  const parts = [open];
  if (block.items.length === 0) {
    const scope: ParagraphScope = { kind: 'column', column: block.n };
    parts.push('', ...block.paragraphs.map((text, i) => paragraph(text, paragraphId(scope, i + 1), used) + '\n'));
  }
  for (const item of block.items) {
    const scope: ParagraphScope = { kind: 'item', column: block.n, item: item.n };
    parts.push(`<ColumnItem n={${item.n}} title=${attr(item.title)}>`, '');
    parts.push(...item.paragraphs.map((text, i) => paragraph(text, paragraphId(scope, i + 1), used) + '\n'));
    parts.push('</ColumnItem>');
  }
  parts.push('</Column>');
  return parts.join('\n');
}

function blocks(list: SourceBlock[], scope: ParagraphScope, used: Set<string>): string[] {
  let index = 0;
  return list.map((block) => (block.kind === 'paragraph' ? paragraph(block.text, paragraphId(scope, ++index), used) : column(block, used)));
}

function frontmatter(fields: Record<string, string | number>): string {
  const lines = Object.entries(fields).map(([key, value]) => (typeof value === 'number' ? `${key}: ${value}` : `${key}: ${JSON.stringify(value)}`));
  return `---\n${lines.join('\n')}\n---\n`;
}

/** First sentence of a paragraph with its repairs applied, for the page's meta description. */
function firstSentence(text: string, anchor: string): string {
  const fixed = withFixes(text, anchor, new Set()).replace(/<\/?Fix[^>]*>/g, '');
  return fixed.slice(0, fixed.indexOf('。') + 1) || fixed;
}

export function convert(raw: string): Map<string, string> {
  const doc = parseSource(raw);
  const used = new Set<string>();
  const files = new Map<string, string>();
  const name = (n: number) => `content/plan/${String(n).padStart(2, '0')}-${CHAPTER_META[n]!.slug}.mdx`;

  files.set(
    name(0),
    frontmatter({
      chapter: 0,
      title: title(doc.title, used),
      shortTitle: CHAPTER_META[0]!.shortTitle,
      description: firstSentence(doc.preamble[0]!, paragraphId({ kind: 'preamble' }, 1)),
    }) +
      '\n' +
      doc.preamble.map((text, i) => paragraph(text, paragraphId({ kind: 'preamble' }, i + 1), used)).join('\n\n') +
      '\n',
  );

  const tables: SourceColumn[] = [];
  for (const chapter of doc.chapters) {
    const body: string[] = [];
    body.push(...blocks(chapter.intro, { kind: 'chapter', chapter: chapter.n }, used));
    for (const section of chapter.sections) {
      body.push(`## 第${'一二三四五六七八九十'[section.n - 1]}节 ${section.title}`);
      body.push(...blocks(section.blocks, { kind: 'section', chapter: chapter.n, section: section.n }, used));
      for (const block of section.blocks) if (block.kind === 'column' && block.table) tables.push(block);
    }
    const intro = chapter.intro.find((b) => b.kind === 'paragraph');
    files.set(
      name(chapter.n),
      frontmatter({
        chapter: chapter.n,
        title: chapter.title,
        shortTitle: CHAPTER_META[chapter.n]!.shortTitle,
        description: intro && intro.kind === 'paragraph' ? firstSentence(intro.text, paragraphId({ kind: 'chapter', chapter: chapter.n }, 1)) : chapter.title,
      }) +
        '\n' +
        body.join('\n\n') +
        '\n',
    );
  }
  for (const table of tables) {
    let indicator = 0;
    for (const cells of table.table!.rows) if (cells.length > 1) withFixes(cells[0]!, tableRowId(table.n, ++indicator), used);
    withFixes(table.table!.note, tableNoteId(table.n), used);
  }

  const unused = errata.filter((e) => !used.has(e.id)).map((e) => e.id);
  if (unused.length > 0) throw new Error(`Errata not applied anywhere: ${unused.join(', ')}`);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of convert(readFileSync(`${root}content/source/plan-source.txt`, 'utf8'))) {
    mkdirSync(`${root}${path.slice(0, path.lastIndexOf('/'))}`, { recursive: true });
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
}
