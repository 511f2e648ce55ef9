/**
 * The outline of a chapter (节 and 专栏 with their items) read from its MDX body, so navigation,
 * tables of contents and the 专栏 index never need a second copy of the headings.
 */
import { columnId, columnItemId, sectionId } from './anchors.ts';

export interface OutlineItem {
  n: number;
  title: string;
  id: string;
}

export interface OutlineColumn extends OutlineItem {
  chapter: number;
  /** Section number the 专栏 stands in (0 = before the first section). */
  section: number;
  items: OutlineItem[];
  /** True for the indicator tables 专栏1 and 专栏2. */
  table: boolean;
}

export interface OutlineSection extends OutlineItem {
  /** "第二节" as printed. */
  label: string;
  columns: OutlineColumn[];
}

export interface ChapterOutline {
  sections: OutlineSection[];
  columns: OutlineColumn[];
}

const SECTION = /^##\s+(第[一二三四五六七八九十]+节)\s+(.+)$/;
const COLUMN = /^<Column\s+n=\{(\d+)\}\s+title="([^"]+)">/;
const ITEM = /^<ColumnItem\s+n=\{(\d+)\}\s+title="([^"]+)">/;
const TABLE = /^<IndicatorTable\b/;

export function chapterOutline(chapter: number, body: string): ChapterOutline {
  const sections: OutlineSection[] = [];
  const columns: OutlineColumn[] = [];
  let column: OutlineColumn | null = null;
  for (const line of body.split('\n')) {
    let match: RegExpMatchArray | null;
    if ((match = line.match(SECTION))) {
      const n = sections.length + 1;
      sections.push({ n, label: match[1]!, title: match[2]!.trim(), id: sectionId(chapter, n), columns: [] });
    } else if ((match = line.match(COLUMN))) {
      const n = Number(match[1]);
      column = { n, title: match[2]!, id: columnId(n), chapter, section: sections.length, items: [], table: false };
      columns.push(column);
      sections.at(-1)?.columns.push(column);
    } else if (column && (match = line.match(ITEM))) {
      const n = Number(match[1]);
      column.items.push({ n, title: match[2]!, id: columnItemId(column.n, n) });
    } else if (column && TABLE.test(line)) {
      column.table = true;
    }
  }
  return { sections, columns };
}

/** 1 -> 01, as the plan numbers 专栏 items. */
export const itemNumber = (n: number): string => String(n).padStart(2, '0');

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 3 -> 第三章 */
export const chapterLabel = (chapter: number): string => `第${NUMERALS[chapter]}章`;
