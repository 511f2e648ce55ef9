/**
 * The anchor grammar: every id an element of the plan carries, made and read here and nowhere else
 * (test/unit/lib/anchor-grammar.test.ts fails when another file under src/ writes an anchor regex).
 * Anchors are derived from the plan's structure, never from its wording, so a link to 第三章第二节 or
 * to a 专栏 item keeps working when text elsewhere is edited; every page that shows an element uses
 * the same id for it.
 *
 * | kind             | example          | what                                            |
 * | ---------------- | ---------------- | ----------------------------------------------- |
 * | `chapter`        | `c3`             | 第三章 (its heading)                             |
 * | `section`        | `s3-2`           | 第三章第二节                                     |
 * | `column`         | `column-7`       | 专栏7                                            |
 * | `item`           | `column-7-2`     | item 02 of 专栏7                                 |
 * | `paragraph`      | `s3-2-p1`        | paragraph 1 of a scope (see ParagraphScope)      |
 * | `table-head`     | `column-1-head`  | the header row of the indicator table of 专栏1   |
 * | `table-category` | `column-1-cat2`  | its category row 二、                            |
 * | `table-row`      | `column-1-r5`    | its indicator row 5.                             |
 * | `table-note`     | `column-1-note`  | the note under it                                |
 */

/** A chapter's page path, relative to the site base: chapters/3/ */
export const chapterPath = (chapter: number): string => `chapters/${chapter}/`;

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

/** Every anchor of the plan, parsed. Numbers are as the plan prints them and count from 1. */
export type Anchor =
  | { kind: 'chapter'; chapter: number }
  | { kind: 'section'; chapter: number; section: number }
  | { kind: 'column'; column: number }
  | { kind: 'item'; column: number; item: number }
  | { kind: 'paragraph'; scope: ParagraphScope; paragraph: number }
  | { kind: 'table-head'; column: number }
  | { kind: 'table-category'; column: number; category: number }
  | { kind: 'table-row'; column: number; row: number }
  | { kind: 'table-note'; column: number };

export type AnchorKind = Anchor['kind'];

/** The heading of chapter 3 -> c3 */
export const chapterId = (chapter: number): string => `c${chapter}`;

/** 第三章第二节 -> s3-2 */
export const sectionId = (chapter: number, section: number): string => `s${chapter}-${section}`;

/** 专栏 7 -> column-7 */
export const columnId = (column: number): string => `column-${column}`;

/** Item 02 of 专栏 7 -> column-7-2 */
export const columnItemId = (column: number, item: number): string => `column-${column}-${item}`;

/** The header row of the indicator table of 专栏 1 -> column-1-head */
export const tableHeadId = (column: number): string => `column-${column}-head`;

/** Category row 二、社会保障 of 专栏 2 -> column-2-cat2 */
export const tableCategoryId = (column: number, category: number): string => `column-${column}-cat${category}`;

/** The row of indicator 5 in 专栏 1 -> column-1-r5 (distinct from items: 专栏1 and 专栏2 have rows, not items). */
export const tableRowId = (column: number, row: number): string => `column-${column}-r${row}`;

/** The note under the table of 专栏 1 -> column-1-note */
export const tableNoteId = (column: number): string => `column-${column}-note`;

function scopeId(scope: ParagraphScope): string {
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

/** The id of a parsed anchor: the inverse of parseAnchor. */
export function anchorId(anchor: Anchor): string {
  switch (anchor.kind) {
    case 'chapter':
      return chapterId(anchor.chapter);
    case 'section':
      return sectionId(anchor.chapter, anchor.section);
    case 'column':
      return columnId(anchor.column);
    case 'item':
      return columnItemId(anchor.column, anchor.item);
    case 'paragraph':
      return paragraphId(anchor.scope, anchor.paragraph);
    case 'table-head':
      return tableHeadId(anchor.column);
    case 'table-category':
      return tableCategoryId(anchor.column, anchor.category);
    case 'table-row':
      return tableRowId(anchor.column, anchor.row);
    case 'table-note':
      return tableNoteId(anchor.column);
  }
}

// The only anchor regexes of the project. Numbers have no leading zeros, so every anchor has one
// spelling. A paragraph is its scope's anchor (or `preamble`) followed by -pN.
const SHAPE = /^(?:c([1-9]\d*)|s([1-9]\d*)-([1-9]\d*)|column-([1-9]\d*)(?:-(?:([1-9]\d*)|(head)|cat([1-9]\d*)|r([1-9]\d*)|(note)))?)$/;
const PARAGRAPH = /^(.+)-p([1-9]\d*)$/;

/**
 * The parts of an id: [chapter, section's chapter, section, 专栏, item, head, category, row, note,
 * paragraph, preamble], or undefined when the id is not an anchor. The one reading of the grammar;
 * kept small because the reading toolbar ships it (for its citations and read-aloud).
 */
function read(id: string): (string | undefined)[] | undefined {
  const p = PARAGRAPH.exec(id);
  // eslint-disable-next-line no-sparse-arrays -- the holes are the parts a preamble paragraph's id lacks; short in the shipped code
  if (p?.[1] === 'preamble') return [, , , , , , , , , p[2], 'preamble'];
  const m = SHAPE.exec(p ? p[1]! : id);
  // Only chapters, sections, 专栏 and items have paragraphs.
  if (!m || (p && (m[6] || m[7] || m[8] || m[9]))) return undefined;
  return [...m.slice(1), p?.[2]];
}

/** True when `id` is an anchor of the plan. */
export const isAnchor = (id: string): boolean => read(id) !== undefined;

/** True for the anchors that open a section of reading (a chapter's or a 节's heading); for read-aloud and the contents. */
export function opensSection(id: string): boolean {
  const r = read(id);
  return !!r && !r[9] && !!(r[0] || r[1]);
}

/** The kind of anchor an id is, or undefined when it is none. */
export function anchorKind(id: string): AnchorKind | undefined {
  const r = read(id);
  if (!r) return undefined;
  const [c, s, , , item, head, cat, row, note, paragraph] = r;
  return paragraph
    ? 'paragraph'
    : c
      ? 'chapter'
      : s
        ? 'section'
        : item
          ? 'item'
          : head
            ? 'table-head'
            : cat
              ? 'table-category'
              : row
                ? 'table-row'
                : note
                  ? 'table-note'
                  : 'column';
}

/** True when `id` is an anchor of one of `kinds`. */
export const isAnchorOf = (id: string, kinds: readonly AnchorKind[]): boolean => {
  const kind = anchorKind(id);
  return kind !== undefined && kinds.includes(kind);
};

/** Reads an id as an anchor of the plan; undefined when it is not one (for example a page's own ids). */
export function parseAnchor(id: string): Anchor | undefined {
  const r = read(id);
  if (!r) return undefined;
  const [c, s1, s2, col, item, , cat, row, , paragraph, preamble] = r.map((x) => (x === undefined || !/^\d/.test(x) ? x : Number(x))) as [
    number?,
    number?,
    number?,
    number?,
    number?,
    string?,
    number?,
    number?,
    string?,
    number?,
    string?,
  ];
  if (paragraph !== undefined) {
    const scope: ParagraphScope = preamble
      ? { kind: 'preamble' }
      : c !== undefined
        ? { kind: 'chapter', chapter: c }
        : s1 !== undefined
          ? { kind: 'section', chapter: s1, section: s2! }
          : item !== undefined
            ? { kind: 'item', column: col!, item }
            : { kind: 'column', column: col! };
    return { kind: 'paragraph', scope, paragraph };
  }
  const kind = anchorKind(id)!;
  switch (kind) {
    case 'chapter':
      return { kind, chapter: c! };
    case 'section':
      return { kind, chapter: s1!, section: s2! };
    case 'item':
      return { kind, column: col!, item: item! };
    case 'table-category':
      return { kind, column: col!, category: cat! };
    case 'table-row':
      return { kind, column: col!, row: row! };
    default:
      return { kind: kind as 'column' | 'table-head' | 'table-note', column: col! };
  }
}

/** The chapter an anchor names, when it names one: chapters, sections and their paragraphs (not 专栏). */
export function anchorChapter(id: string): number | undefined {
  const r = read(id);
  const chapter = r && (r[0] ?? r[1]);
  return chapter === undefined ? undefined : Number(chapter);
}

/** Indexed by number: NUMERALS[3] is 三. */
const NUMERALS = '〇一二三四五六七八九十';

/** 3 -> 第三章 */
export const chapterLabel = (chapter: number): string => `第${NUMERALS[chapter]}章`;

/** 2 -> 第二节 */
export const sectionLabel = (section: number): string => `第${NUMERALS[section]}节`;

/** 1 -> 01, as the plan numbers 专栏 items. */
export const itemNumber = (n: number): string => String(n).padStart(2, '0');

/**
 * Where an anchor sits, in words, for lists such as the 勘误说明 page: s1-1-p2 -> 第一章第一节第2段,
 * column-9-2-p1 -> 专栏9第02项 (an item is named, not its paragraph), column-1-r5 -> 专栏1第5项.
 * With `cite` (src/lib/citation.ts) an item's paragraph is named too (专栏9第02项第1段) and a 专栏's
 * chapter, which its anchor does not name, is put first when given (第五章专栏9第02项第1段).
 */
export function describeAnchor(id: string, cite?: { chapter?: number }): string {
  const r = read(id);
  if (!r) throw new Error(`not an anchor: ${id}`);
  const [c, s1, s2, col, item, head, cat, row, note, p, preamble] = r;
  const para = p ? `第${p}段` : '';
  if (preamble) return `规划说明${para}`;
  if (c) return p ? `${chapterLabel(+c)}导语${para}` : chapterLabel(+c);
  if (s1) return chapterLabel(+s1) + sectionLabel(+s2!) + para;
  const chapter = cite?.chapter ? chapterLabel(cite.chapter) : '';
  const what = item ? `第${itemNumber(+item)}项${cite ? para : ''}` : row ? `第${row}项` : cat ? `第${NUMERALS[+cat]}类` : head ? '表头' : note ? '表注' : para;
  return `${chapter}专栏${col}${what}`;
}
