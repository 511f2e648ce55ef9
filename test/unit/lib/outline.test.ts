import { describe, expect, it } from 'vitest';
import { chapterLabel, chapterOutline, itemNumber } from '../../../src/lib/outline.ts';

const body = `导语。

## 第一节 甲

正文。

<Column n={3} title="就业创业促进计划">
<ColumnItem n={1} title="高校毕业生就业创业促进行动">

内容。

</ColumnItem>
<ColumnItem n={2} title="就业创业示范">

内容。

</ColumnItem>
</Column>

## 第二节 乙

<Column n={1} title="“十三五”时期主要指标完成情况">
<IndicatorTable column={1} />
</Column>
`;

describe('chapterOutline', () => {
  const outline = chapterOutline(2, body);

  it('lists sections with structural ids', () => {
    expect(outline.sections.map((s) => [s.label, s.title, s.id])).toEqual([
      ['第一节', '甲', 's2-1'],
      ['第二节', '乙', 's2-2'],
    ]);
  });

  it('lists 专栏 with their section, items and ids', () => {
    expect(outline.columns.map((c) => [c.n, c.section, c.id, c.table])).toEqual([
      [3, 1, 'column-3', false],
      [1, 2, 'column-1', true],
    ]);
    expect(outline.columns[0]!.items.map((i) => i.id)).toEqual(['column-3-1', 'column-3-2']);
    expect(outline.sections[0]!.columns.map((c) => c.n)).toEqual([3]);
  });
});

describe('labels', () => {
  it('number items as the plan prints them', () => {
    expect(itemNumber(1)).toBe('01');
    expect(itemNumber(12)).toBe('12');
  });

  it('name chapters as the plan prints them', () => {
    expect(chapterLabel(3)).toBe('第三章');
    expect(chapterLabel(10)).toBe('第十章');
  });
});
