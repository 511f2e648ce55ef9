import { describe, expect, it } from 'vitest';
import { numberChapter } from '../../../../src/lib/plan/number-chapter.ts';
import { parsePlanMdx } from '../../../../src/lib/plan/build-plan-model.ts';

const number = (mdx: string, chapter = 3) => numberChapter(parsePlanMdx(mdx), { chapter, title: '健全体系', file: 'x.mdx' });

const body = `导语。

## 第一节 甲

一段。

二段。

<Column n={7} title="工程">
<ColumnItem n={1} title="项目">

项内<Fix id="e1">改正</Fix>。

</ColumnItem>
</Column>

## 第二节 乙

三段。
`;

describe('numberChapter', () => {
  const numbered = number(body);

  it('numbers intro paragraphs, sections, 专栏, items and their paragraphs by position', () => {
    expect(numbered.passages.map((p) => [p.anchor, p.kind])).toEqual([
      ['c3', 'chapter'],
      ['c3-p1', 'paragraph'],
      ['s3-1', 'section'],
      ['s3-1-p1', 'paragraph'],
      ['s3-1-p2', 'paragraph'],
      ['column-7', 'column'],
      ['column-7-1', 'item'],
      ['column-7-1-p1', 'paragraph'],
      ['s3-2', 'section'],
      ['s3-2-p1', 'paragraph'],
    ]);
    expect(numbered.problems).toEqual([]);
  });

  it('gives each passage its place, text, source line and repaired spans', () => {
    const p = numbered.passages.find((x) => x.anchor === 'column-7-1-p1')!;
    expect(p.path.map((s) => s.label)).toEqual(['第三章 健全体系', '第一节 甲', '专栏 7 工程', '01 项目']);
    expect(p).toMatchObject({
      text: '项内改正。',
      page: 'chapters/3/',
      chapter: 3,
      source: { file: 'x.mdx', line: 12 },
      fixes: [{ id: 'e1', start: 2, end: 4 }],
    });
    expect(numbered.columns[0]).toMatchObject({ n: 7, section: 1, items: [{ n: 1, anchor: 'column-7-1', title: '项目' }] });
  });

  it('marks the nodes that get ids, for the remark plugin', () => {
    expect(numbered.marks.map((m) => m.anchor)).toEqual(numbered.passages.slice(1).map((p) => p.anchor));
  });

  it('keeps anchors when the wording changes', () => {
    const changed = number(body.replace('一段。', '改过的一段，更长一些。').replace('## 第一节 甲', '## 第一节 改过的标题'));
    expect(changed.passages.map((p) => p.anchor)).toEqual(numbered.passages.map((p) => p.anchor));
  });

  it('numbers the preamble in its own scope, under the plan title', () => {
    expect(number('说明。\n', 0).passages.map((p) => [p.anchor, p.kind])).toEqual([
      ['', 'title'],
      ['preamble-p1', 'paragraph'],
    ]);
  });

  it('refuses what plan content may not hold, with its line', () => {
    const messages = (mdx: string) => number(mdx).problems.map((p) => `${p.line}: ${p.message}`);
    expect(messages('<script>x</script>\n')).toEqual(["1: <script> is not allowed in plan content: it would run on every reader's page"]);
    expect(messages('一\n\n[a](javascript:x)\n')).toEqual(['3: a link to a javascript: URL is not allowed in plan content']);
    expect(messages('<Column n={1} title="t" onMouseOver="x">\n\n段。\n\n</Column>\n')).toEqual([
      '1: <Column onMouseOver=…>: event handler attributes are not allowed in plan content',
    ]);
    expect(messages('## 第二节 乙\n')).toEqual(['1: section heading 1 of the chapter must read "## 第一节 title"; found "## 第二节 乙"']);
  });

  it('lets comments through, as they render nothing', () => {
    expect(number('{/* 注释 */}\n\n段。\n').problems).toEqual([]);
  });
});
