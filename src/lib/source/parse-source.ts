/**
 * Parses the plan text as extracted from the published PDF (content/source/plan-source.txt)
 * into its structure: title, preamble, chapters (章), sections (节), special columns (专栏)
 * with their numbered items, and the two indicator tables.
 *
 * The extraction's flaws are undone here and only here: the table of contents is dropped and
 * paragraphs split by page breaks are joined. Words are never changed; repairs of wording live
 * in src/data/errata.ts and are applied where the text is shown.
 */

export interface SourceTable {
  /** Header cells as printed, e.g. ['指标', '2015 年 基数', …]. */
  header: string[];
  /** Body rows as printed: a category row has one cell, an indicator row has one per column. */
  rows: string[][];
  /** The note under the table, e.g. '注：[]内为五年累计数。'. */
  note: string;
}

export interface SourceItem {
  /** The item number as printed (01, 02 …) read as a number. */
  n: number;
  title: string;
  paragraphs: string[];
}

export interface SourceColumn {
  kind: 'column';
  n: number;
  title: string;
  items: SourceItem[];
  /** Paragraphs of a column that has no numbered items. */
  paragraphs: string[];
  table?: SourceTable;
}

export interface SourceParagraph {
  kind: 'paragraph';
  text: string;
}

export type SourceBlock = SourceParagraph | SourceColumn;

export interface SourceSection {
  n: number;
  title: string;
  blocks: SourceBlock[];
}

export interface SourceChapter {
  n: number;
  title: string;
  /** Paragraphs between the chapter heading and its first section. */
  intro: SourceBlock[];
  sections: SourceSection[];
}

export interface SourceDocument {
  title: string;
  preamble: string[];
  chapters: SourceChapter[];
}

const CHINESE_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** Reads a Chinese numeral from 一 to 九十九 (enough for chapters and sections). */
export function chineseNumeral(text: string): number {
  const digits = [...text].map((ch) => {
    const value = CHINESE_DIGITS[ch];
    if (value === undefined) throw new Error(`Not a Chinese numeral: ${text}`);
    return value;
  });
  if (digits.length === 1) return digits[0]!;
  if (digits.length === 2 && digits[0] === 10) return 10 + digits[1]!;
  if (digits.length === 2 && digits[1] === 10) return digits[0]! * 10;
  if (digits.length === 3 && digits[1] === 10) return digits[0]! * 10 + digits[2]!;
  throw new Error(`Unsupported Chinese numeral: ${text}`);
}

const CHAPTER = /^第([一二三四五六七八九十]+)章\s+(\S.*)$/;
const SECTION = /^第([一二三四五六七八九十]+)节\s+(\S.*)$/;
const COLUMN = /^专栏\s*(\d+)\s+(\S.*)$/;
const ITEM = /^(0\d)\s+(\S.*)$/;
const NOTE = /^注\s*[:：]/;
/** A line ending in one of these closes its paragraph; any other line was cut by a page break. */
const PARAGRAPH_END = /[。：:；！？]$/;

/** Returns the document's lines without the title page's table of contents. */
function bodyLines(raw: string): { title: string; lines: string[] } {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = lines[titleIndex]!.trim();
  const tocIndex = lines.findIndex((line) => /^目\s*录$/.test(line.trim()));
  if (tocIndex < 0) return { title, lines: lines.slice(titleIndex + 1) };
  const secondTitle = lines.findIndex((line, i) => i > tocIndex && line.trim() === title);
  if (secondTitle < 0) throw new Error('The table of contents is not followed by the title again.');
  return { title, lines: lines.slice(secondTitle + 1) };
}

type Line =
  | { kind: 'chapter'; n: number; title: string }
  | { kind: 'section'; n: number; title: string }
  | { kind: 'column'; n: number; title: string }
  | { kind: 'row'; cells: string[] }
  | { kind: 'note'; text: string }
  | { kind: 'text'; text: string };

/** Classifies lines and joins the pieces of paragraphs that a page break split apart. */
function logicalLines(lines: string[]): Line[] {
  const out: Line[] = [];
  let open: { kind: 'text'; text: string } | null = null;
  let inTable = false;
  for (const rawLine of lines) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (open) {
      open.text += line;
      if (PARAGRAPH_END.test(open.text)) open = null;
      continue;
    }
    let match: RegExpMatchArray | null;
    if ((match = line.match(CHAPTER))) {
      out.push({ kind: 'chapter', n: chineseNumeral(match[1]!), title: match[2]!.trim() });
      inTable = false;
    } else if ((match = line.match(SECTION))) {
      out.push({ kind: 'section', n: chineseNumeral(match[1]!), title: match[2]!.trim() });
      inTable = false;
    } else if ((match = line.match(COLUMN))) {
      out.push({ kind: 'column', n: Number(match[1]), title: match[2]!.replace(/\t+$/, '').trim() });
      inTable = rawLine.includes('\t');
    } else if (inTable && NOTE.test(line)) {
      out.push({ kind: 'note', text: line });
      inTable = false;
    } else if (inTable) {
      out.push({
        kind: 'row',
        cells: rawLine
          .split('\t')
          .map((cell) => cell.trim())
          .filter((cell) => cell !== ''),
      });
    } else {
      const text = { kind: 'text' as const, text: line };
      out.push(text);
      if (!PARAGRAPH_END.test(line) && !ITEM.test(line)) open = text;
    }
  }
  return out;
}

/** Parses the extracted plan text into its structure. Throws on anything it cannot place. */
export function parseSource(raw: string): SourceDocument {
  const { title, lines } = bodyLines(raw);
  const doc: SourceDocument = { title, preamble: [], chapters: [] };
  let chapter: SourceChapter | null = null;
  let section: SourceSection | null = null;
  let column: SourceColumn | null = null;
  const blocks = (): SourceBlock[] => (section ? section.blocks : chapter ? chapter.intro : []);

  for (const line of logicalLines(lines)) {
    switch (line.kind) {
      case 'chapter':
        chapter = { n: line.n, title: line.title, intro: [], sections: [] };
        doc.chapters.push(chapter);
        section = null;
        column = null;
        break;
      case 'section':
        if (!chapter) throw new Error(`Section before any chapter: ${line.title}`);
        section = { n: line.n, title: line.title, blocks: [] };
        chapter.sections.push(section);
        column = null;
        break;
      case 'column':
        if (!chapter) throw new Error(`专栏 before any chapter: ${line.title}`);
        column = { kind: 'column', n: line.n, title: line.title, items: [], paragraphs: [] };
        blocks().push(column);
        break;
      case 'row': {
        if (!column) throw new Error(`Table row outside a 专栏: ${line.cells.join(' | ')}`);
        if (!column.table) column.table = { header: line.cells, rows: [], note: '' };
        else column.table.rows.push(line.cells);
        break;
      }
      case 'note':
        if (!column?.table) throw new Error(`Note outside a table: ${line.text}`);
        column.table.note = line.text;
        // A table's column ends with its note; the next paragraph belongs to the section again.
        column = null;
        break;
      case 'text': {
        const item = column ? line.text.match(ITEM) : null;
        if (column && item && !PARAGRAPH_END.test(line.text)) {
          column.items.push({ n: Number(item[1]), title: item[2]!.trim(), paragraphs: [] });
        } else if (column && column.items.length > 0) {
          column.items.at(-1)!.paragraphs.push(line.text);
        } else if (column) {
          column.paragraphs.push(line.text);
        } else if (!chapter) {
          doc.preamble.push(line.text);
        } else {
          blocks().push({ kind: 'paragraph', text: line.text });
        }
        break;
      }
    }
  }
  return doc;
}
