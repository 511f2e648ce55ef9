/**
 * Stable anchors, derived from the plan's structure and never from its wording, so that a link
 * to 第三章第二节 or to a 专栏 item keeps working when text elsewhere is edited. Every page that
 * shows an element uses the same id for it.
 */

/** A chapter's page path, relative to the site base: chapters/3/ */
export const chapterPath = (chapter: number): string => `chapters/${chapter}/`;

/** 第三章第二节 -> s3-2 */
export const sectionId = (chapter: number, section: number): string => `s${chapter}-${section}`;

/** 专栏 7 -> column-7 */
export const columnId = (column: number): string => `column-${column}`;

/** Item 02 of 专栏 7 -> column-7-2; row of indicator 5 in 专栏 1 -> column-1-5 */
export const columnItemId = (column: number, item: number): string => `column-${column}-${item}`;

/** Category row 二、社会保障 of 专栏 2 -> column-2-cat2 */
export const columnCategoryId = (column: number, category: number): string => `column-${column}-cat${category}`;

/** The note under the table of 专栏 1 -> column-1-note */
export const columnNoteId = (column: number): string => `column-${column}-note`;

/** The chapter heading of chapter 3 on the full-text page -> c3 */
export const chapterId = (chapter: number): string => `c${chapter}`;

/**
 * The scope a paragraph is numbered in: the preamble, a chapter's introduction, a section,
 * a 专栏 without items, or a 专栏 item.
 */
export type ParagraphScope =
  | { kind: 'preamble' }
  | { kind: 'chapter'; chapter: number }
  | { kind: 'section'; chapter: number; section: number }
  | { kind: 'column'; column: number }
  | { kind: 'item'; column: number; item: number };

export function scopeId(scope: ParagraphScope): string {
  switch (scope.kind) {
    case 'preamble':
      return 'preamble';
    case 'chapter':
      return chapterId(scope.chapter);
    case 'section':
      return sectionId(scope.chapter, scope.section);
    case 'column':
      return columnId(scope.column);
    case 'item':
      return columnItemId(scope.column, scope.item);
  }
}

/** The 2nd paragraph of 第三章第二节 -> s3-2-p2 (paragraphs count from 1 within their scope). */
export const paragraphId = (scope: ParagraphScope, index: number): string => `${scopeId(scope)}-p${index}`;

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A reader's description of an anchor, for lists such as the 勘误说明 page: s1-1-p2 -> 第一章第一节第2段 */
export function describeAnchor(anchor: string): string {
  let m: RegExpMatchArray | null;
  if ((m = anchor.match(/^s(\d+)-(\d+)-p(\d+)$/))) return `第${NUMERALS[+m[1]!]}章第${NUMERALS[+m[2]!]}节第${m[3]}段`;
  if ((m = anchor.match(/^s(\d+)-(\d+)$/))) return `第${NUMERALS[+m[1]!]}章第${NUMERALS[+m[2]!]}节`;
  if ((m = anchor.match(/^c(\d+)-p(\d+)$/))) return `第${NUMERALS[+m[1]!]}章导语第${m[2]}段`;
  if ((m = anchor.match(/^column-(\d+)-(\d+)-p(\d+)$/))) return `专栏${m[1]}第${m[2]!.padStart(2, '0')}项`;
  if ((m = anchor.match(/^column-(\d+)-note$/))) return `专栏${m[1]}表注`;
  if ((m = anchor.match(/^column-(\d+)-(\d+)$/))) return `专栏${m[1]}第${m[2]}项`;
  if ((m = anchor.match(/^column-(\d+)-p(\d+)$/))) return `专栏${m[1]}第${m[2]}段`;
  if ((m = anchor.match(/^preamble-p(\d+)$/))) return `规划说明第${m[1]}段`;
  throw new Error(`describeAnchor: unknown anchor form "${anchor}"`);
}
