import { describe, expect, it } from 'vitest';
import { fromPayload, toPayload, type OrderedRecord } from '../../../../src/lib/search/payload.ts';

describe('toPayload / fromPayload', () => {
  const records: OrderedRecord[] = [
    { page: 'chapters/3/', chapter: 3, o: 18, path: ['第三章 健全体系'], passages: [{ anchor: 'c3', kind: 'text', text: '第三章健全体系', heading: true }] },
    {
      page: 'chapters/3/',
      chapter: 3,
      o: 19,
      path: ['第三章 健全体系', '专栏 5 工程'],
      passages: [{ anchor: 'column-5-1-p1', kind: 'column', text: '内容。' }],
    },
    {
      page: 'chapters/3/',
      chapter: 3,
      o: 20,
      path: ['第一章', '专栏 2 指标'],
      passages: [
        {
          anchor: 'column-2-r9',
          kind: 'indicator',
          text: '9.失业保险参保人数（万人）10471200约束性',
          row: {
            label: '9.失业保险参保人数（万人）',
            values: [
              ['2020年', '1047'],
              ['2025年', '1200'],
              ['属性', '约束性'],
            ],
            unit: '万人',
          },
        },
        {
          anchor: 'column-2-r10',
          kind: 'indicator',
          text: '10.指标（%）12',
          row: {
            label: '10.指标（%）',
            values: [
              ['2020年', '1'],
              ['2025年', '2'],
            ],
            unit: '%',
            page: 'indicators/x/',
          },
        },
      ],
    },
  ];

  it('stores passages as [anchor, kind, text] rows, headings with a 1, and gives back the same records', () => {
    const payload = toPayload('chapters/3/', 3, records);
    expect(payload.records[0]!.passages).toEqual([['c3', 'text', '第三章健全体系', 1]]);
    expect(payload.records[1]!.passages).toEqual([['column-5-1-p1', 'column', '内容。']]);
    expect(fromPayload(JSON.parse(JSON.stringify(payload)))).toEqual(records);
  });

  it('stores an indicator row as its cells, labels and unit (the text is not stored twice), and its page when it has one', () => {
    const payload = toPayload('chapters/3/', 3, records);
    expect(payload.records[2]!.passages).toEqual([
      ['column-2-r9', 'indicator', ['9.失业保险参保人数（万人）', '1047', '1200', '约束性'], 0, ['2020年', '2025年', '属性'], '万人'],
      ['column-2-r10', 'indicator', ['10.指标（%）', '1', '2'], 0, ['2020年', '2025年'], '%', 'indicators/x/'],
    ]);
  });
});
