import { describe, expect, it } from 'vitest';
import { excerpt, groupByPage, verify } from '../../../../src/lib/search/results.ts';
import { termRanges } from '../../../../src/lib/search/comparable.ts';

const record = (o: number, page: string, texts: string[]) => ({
  o,
  page,
  chapter: Number(page.match(/\d+/)?.[0] ?? 0),
  path: [`第${o}章`],
  passages: texts.map((text, i) => ({
    anchor: i === 0 ? `s${o}-1` : `s${o}-1-p${i}`,
    kind: 'text' as const,
    text,
    ...(i === 0 ? { heading: true as const } : {}),
  })),
});

describe('termRanges', () => {
  it('marks whole terms, longest first, never overlapping', () => {
    expect(termRanges('社会保障卡和社保', ['社保', '社会保障卡'])).toEqual([
      [0, 5],
      [6, 8],
    ]);
  });

  it('ranks headings double and table rows as the passages they are', () => {
    const table = {
      o: 5,
      page: 'chapters/1/',
      chapter: 1,
      path: ['第一章'],
      passages: [{ anchor: 'column-1-r5', kind: 'indicator' as const, text: '5.就业' }],
    };
    const heading = {
      o: 6,
      page: 'chapters/2/',
      chapter: 2,
      path: ['第二章'],
      passages: [{ anchor: 's2-1', kind: 'text' as const, text: '第一节就业', heading: true as const }],
    };
    expect(verify([table, heading], ['就业']).map((h) => [h.anchor, h.score])).toEqual([
      ['column-1-r5', 1],
      ['s2-1', 2],
    ]);
  });
});

describe('excerpt', () => {
  it('shows a short passage whole with the terms marked', () => {
    expect(excerpt('实现川渝通办。', ['川渝通办'])).toEqual([
      { text: '实现', mark: false },
      { text: '川渝通办', mark: true },
      { text: '。', mark: false },
    ]);
  });

  it('cuts a long passage around the first match with ellipses', () => {
    const text = `${'甲'.repeat(200)}川渝通办${'乙'.repeat(200)}`;
    const parts = excerpt(text, ['川渝通办'], 60);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['川渝通办']);
  });
});

describe('verify and groupByPage', () => {
  const records = [record(1, 'chapters/1/', ['标题', '就业和就业服务', '没有']), record(2, 'chapters/2/', ['就业'])];

  it('keeps only the passages that contain every term', () => {
    expect(verify(records, ['就业']).map((h) => h.anchor)).toEqual(['s1-1-p1', 's2-1']);
    expect(verify(records, ['就业', '服务']).map((h) => h.anchor)).toEqual(['s1-1-p1']);
    expect(verify(records, ['医保'])).toEqual([]);
  });

  it('groups by page, orders by relevance and breaks ties in document order', () => {
    const groups = groupByPage(verify(records, ['就业']));
    // chapters/1 has two occurrences in a paragraph (2); chapters/2 one in a heading (1 x 2 = 2): tie, document order.
    expect(groups.map((g) => g.page)).toEqual(['chapters/1/', 'chapters/2/']);
    expect(groupByPage(verify([records[1]!, record(3, 'chapters/3/', ['标题', '就业就业就业'])], ['就业'])).map((g) => g.page)).toEqual([
      'chapters/3/',
      'chapters/2/',
    ]);
  });

  it('ranks headings double and table rows as the passages they are', () => {
    const table = {
      o: 5,
      page: 'chapters/1/',
      chapter: 1,
      path: ['第一章'],
      passages: [{ anchor: 'column-1-r5', kind: 'indicator' as const, text: '5.就业' }],
    };
    const heading = {
      o: 6,
      page: 'chapters/2/',
      chapter: 2,
      path: ['第二章'],
      passages: [{ anchor: 's2-1', kind: 'text' as const, text: '第一节就业', heading: true as const }],
    };
    expect(verify([table, heading], ['就业']).map((h) => [h.anchor, h.score])).toEqual([
      ['column-1-r5', 1],
      ['s2-1', 2],
    ]);
  });
});
