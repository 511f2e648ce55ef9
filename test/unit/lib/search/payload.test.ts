import { describe, expect, it } from 'vitest';
import { fromPayload, toPayload, type OrderedRecord } from '../../../../src/lib/search/payload.ts';

describe('toPayload / fromPayload', () => {
  const records: OrderedRecord[] = [
    { page: 'chapters/3/', chapter: 3, o: 18, path: ['第三章 健全体系'], passages: [{ anchor: 'c3', kind: 'text', text: '第三章健全体系' }] },
    { page: 'chapters/3/', chapter: 3, o: 19, path: ['第三章 健全体系', '专栏 5 工程'], passages: [{ anchor: 'column-5-1-p1', kind: 'column', text: '内容。' }] },
  ];

  it('stores passages as [anchor, kind, text] rows and gives back the same records', () => {
    const payload = toPayload('chapters/3/', 3, records);
    expect(payload.records[1]!.passages).toEqual([['column-5-1-p1', 'column', '内容。']]);
    expect(fromPayload(JSON.parse(JSON.stringify(payload)))).toEqual(records);
  });
});
