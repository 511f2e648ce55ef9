import { describe, expect, it } from 'vitest';
import { fromPayload, toPayload, type OrderedRecord } from '../../../../src/lib/search/payload.ts';

describe('toPayload / fromPayload', () => {
  const records: OrderedRecord[] = [
    { page: 'chapters/3/', chapter: 3, o: 18, path: ['第三章 健全体系'], passages: [{ anchor: 'c3', kind: 'text', text: '第三章健全体系', heading: true }] },
    { page: 'chapters/3/', chapter: 3, o: 19, path: ['第三章 健全体系', '专栏 5 工程'], passages: [{ anchor: 'column-5-1-p1', kind: 'column', text: '内容。' }] },
  ];

  it('stores passages as [anchor, kind, text] rows, headings with a 1, and gives back the same records', () => {
    const payload = toPayload('chapters/3/', 3, records);
    expect(payload.records[0]!.passages).toEqual([['c3', 'text', '第三章健全体系', 1]]);
    expect(payload.records[1]!.passages).toEqual([['column-5-1-p1', 'column', '内容。']]);
    expect(fromPayload(JSON.parse(JSON.stringify(payload)))).toEqual(records);
  });
});
