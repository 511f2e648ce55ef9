import { describe, expect, it } from 'vitest';
import {
  anchorChapter,
  anchorId,
  anchorKind,
  chapterLabel,
  chapterPath,
  columnId,
  columnItemId,
  describeAnchor,
  isAnchor,
  itemNumber,
  opensSection,
  paragraphId,
  parseAnchor,
  sectionId,
  tableCategoryId,
  tableHeadId,
  tableNoteId,
  tableRowId,
  type Anchor,
} from '../../../src/lib/anchors.ts';
import { readPlan } from '../../../src/integrations/plan/read-plan.ts';

describe('the anchor grammar', () => {
  it('makes ids from structure in the documented forms', () => {
    expect(chapterPath(3)).toBe('chapters/3/');
    expect(sectionId(3, 2)).toBe('s3-2');
    expect(columnId(7)).toBe('column-7');
    expect(columnItemId(7, 2)).toBe('column-7-2');
    expect(tableHeadId(1)).toBe('column-1-head');
    expect(tableCategoryId(2, 2)).toBe('column-2-cat2');
    expect(tableRowId(1, 5)).toBe('column-1-r5');
    expect(tableNoteId(1)).toBe('column-1-note');
    expect(paragraphId({ kind: 'section', chapter: 3, section: 2 }, 1)).toBe('s3-2-p1');
    expect(paragraphId({ kind: 'chapter', chapter: 8 }, 1)).toBe('c8-p1');
    expect(paragraphId({ kind: 'item', column: 9, item: 2 }, 1)).toBe('column-9-2-p1');
    expect(paragraphId({ kind: 'column', column: 13 }, 1)).toBe('column-13-p1');
    expect(paragraphId({ kind: 'preamble' }, 1)).toBe('preamble-p1');
  });

  it('gives 专栏 items and indicator table rows distinct shapes', () => {
    expect(parseAnchor('column-7-2')).toEqual({ kind: 'item', column: 7, item: 2 });
    expect(parseAnchor('column-1-r5')).toEqual({ kind: 'table-row', column: 1, row: 5 });
    expect(anchorKind(columnItemId(1, 5))).not.toBe(anchorKind(tableRowId(1, 5)));
  });

  it('parses every kind, typed', () => {
    const cases: [string, Anchor][] = [
      ['c3', { kind: 'chapter', chapter: 3 }],
      ['s3-2', { kind: 'section', chapter: 3, section: 2 }],
      ['column-7', { kind: 'column', column: 7 }],
      ['column-1-head', { kind: 'table-head', column: 1 }],
      ['column-2-cat2', { kind: 'table-category', column: 2, category: 2 }],
      ['column-1-note', { kind: 'table-note', column: 1 }],
      ['preamble-p2', { kind: 'paragraph', scope: { kind: 'preamble' }, paragraph: 2 }],
      ['c8-p1', { kind: 'paragraph', scope: { kind: 'chapter', chapter: 8 }, paragraph: 1 }],
      ['s10-4-p3', { kind: 'paragraph', scope: { kind: 'section', chapter: 10, section: 4 }, paragraph: 3 }],
      ['column-13-p1', { kind: 'paragraph', scope: { kind: 'column', column: 13 }, paragraph: 1 }],
      ['column-9-2-p1', { kind: 'paragraph', scope: { kind: 'item', column: 9, item: 2 }, paragraph: 1 }],
    ];
    for (const [id, anchor] of cases) {
      expect(parseAnchor(id), id).toEqual(anchor);
      expect(anchorId(anchor), id).toBe(id);
      expect(anchorKind(id), id).toBe(anchor.kind);
    }
  });

  it('refuses ids that are not anchors: other ids, leading zeros, paragraphs of table rows', () => {
    for (const id of [
      'main',
      'home-chapters',
      'table-2',
      'plan14-urban-new-jobs',
      's3',
      'c03',
      's3-02',
      'column-1-r5-p1',
      'column-1-note-p1',
      'column-',
      'preamble',
      'x-p1',
      'column-7-2-p0',
    ]) {
      expect(parseAnchor(id), id).toBeUndefined();
      expect(isAnchor(id), id).toBe(false);
    }
  });

  it('round-trips every anchor of the plan', () => {
    const plan = readPlan();
    const anchors = plan.passages.map((p) => p.anchor).filter(Boolean);
    expect(anchors.length).toBeGreaterThan(290);
    for (const id of anchors) expect(anchorId(parseAnchor(id)!), id).toBe(id);
  });

  it('tells the headings that open a section of reading', () => {
    expect(['c3', 's3-2'].map(opensSection)).toEqual([true, true]);
    expect(['s3-2-p1', 'column-5', 'column-5-1', 'main'].map(opensSection)).toEqual([false, false, false, false]);
  });

  it('names the chapter of chapters, sections and their paragraphs only', () => {
    expect(['c3', 's3-2', 's3-2-p1', 'c8-p1', 'column-7', 'preamble-p1'].map(anchorChapter)).toEqual([3, 3, 3, 8, undefined, undefined]);
  });
});

describe('anchors in words', () => {
  it('describe anchors as a reader says them', () => {
    expect(describeAnchor('s1-1-p2')).toBe('第一章第一节第2段');
    expect(describeAnchor('s1-1')).toBe('第一章第一节');
    expect(describeAnchor('c8-p1')).toBe('第八章导语第1段');
    expect(describeAnchor('column-9-2-p1')).toBe('专栏9第02项');
    expect(describeAnchor('column-13-p1')).toBe('专栏13第1段');
    expect(describeAnchor('column-1-r5')).toBe('专栏1第5项');
    expect(describeAnchor('column-1-note')).toBe('专栏1表注');
    expect(describeAnchor('preamble-p1')).toBe('规划说明第1段');
  });

  it('refuse to describe an id that is not an anchor', () => {
    expect(() => describeAnchor('nowhere')).toThrow(/not an anchor/);
  });

  it('label chapters and items as the plan prints them', () => {
    expect(chapterLabel(3)).toBe('第三章');
    expect(chapterLabel(10)).toBe('第十章');
    expect(itemNumber(1)).toBe('01');
    expect(itemNumber(12)).toBe('12');
  });
});
