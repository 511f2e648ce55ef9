import { describe, expect, it } from 'vitest';
import { chapterPath, columnId, columnItemId, describeAnchor, paragraphId, sectionId } from '../../../src/lib/anchors.ts';

describe('anchors', () => {
  it('derive ids from structure in the documented forms', () => {
    expect(chapterPath(3)).toBe('chapters/3/');
    expect(sectionId(3, 2)).toBe('s3-2');
    expect(columnId(7)).toBe('column-7');
    expect(columnItemId(7, 2)).toBe('column-7-2');
    expect(paragraphId({ kind: 'section', chapter: 3, section: 2 }, 1)).toBe('s3-2-p1');
    expect(paragraphId({ kind: 'chapter', chapter: 8 }, 1)).toBe('c8-p1');
    expect(paragraphId({ kind: 'item', column: 9, item: 2 }, 1)).toBe('column-9-2-p1');
    expect(paragraphId({ kind: 'column', column: 13 }, 1)).toBe('column-13-p1');
    expect(paragraphId({ kind: 'preamble' }, 1)).toBe('preamble-p1');
  });

  it('describe anchors in words a reader understands', () => {
    expect(describeAnchor('s1-1-p2')).toBe('第一章第一节第2段');
    expect(describeAnchor('c8-p1')).toBe('第八章导语第1段');
    expect(describeAnchor('column-9-2-p1')).toBe('专栏9第02项');
    expect(describeAnchor('column-1-5')).toBe('专栏1第5项');
    expect(describeAnchor('column-1-note')).toBe('专栏1表注');
  });

  it('refuse to describe an anchor of unknown form', () => {
    expect(() => describeAnchor('nowhere')).toThrow(/unknown anchor/);
  });
});
