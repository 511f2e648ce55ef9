import { describe, expect, it } from 'vitest';
import { remarkPlanAnchors } from '../../../../src/integrations/plan/remark-plan-anchors.ts';
import { parsePlanMdx } from '../../../../src/lib/plan/build-plan-model.ts';
import type { TreeNode } from '../../../../src/lib/plan/number-chapter.ts';

function run(mdx: string, chapter: unknown = 3): TreeNode {
  const tree = parsePlanMdx(mdx);
  const transform = (remarkPlanAnchors as unknown as () => (tree: unknown, file: unknown) => void)();
  transform(tree, { path: undefined, data: { astro: { frontmatter: { chapter, title: '健全体系' } } } });
  return tree;
}
const ids = (node: TreeNode): string[] => [
  ...[(node.data?.hProperties as { id?: string } | undefined)?.id, node.attributes?.find((a) => a.name === 'anchor')?.value as string | undefined].filter(
    (x): x is string => typeof x === 'string',
  ),
  ...(node.children ?? []).flatMap(ids),
];

describe('remarkPlanAnchors', () => {
  it('puts the numbering of the plan model on paragraphs, headings and 专栏 components', () => {
    const tree = run(
      '导语。\n\n## 第一节 甲\n\n一。\n\n<Column n={7} title="工程">\n<ColumnItem n={2} title="项目">\n\n项。\n\n</ColumnItem>\n</Column>\n'.replace(
        'n={2}',
        'n={1}',
      ),
    );
    expect(ids(tree)).toEqual(['c3-p1', 's3-1', 's3-1-p1', 'column-7', 'column-7-1', 'column-7-1-p1']);
  });

  it('wraps each section heading, alone, for the reading tools to put its button beside it', () => {
    const wrap = run('## 第一节 甲\n').children![0]!;
    expect(wrap.data).toEqual({ hName: 'div', hProperties: { className: ['heading-wrap'] } });
    expect(wrap.children!.map((c) => c.type)).toEqual(['heading']);
  });

  it('refuses content the plan may not hold (in astro dev, where the build checks have not run)', () => {
    expect(() => run('<script>x</script>\n')).toThrow(/<script> is not allowed/);
  });

  it('leaves files without a chapter number alone', () => {
    expect(ids(run('段。\n', 'none'))).toEqual([]);
  });
});
