import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { rehypePlanAnchors } from '../../../src/lib/rehype-plan-anchors.ts';

const p = (text: string) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });
const h2 = (text: string) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] });
const jsx = (name: string, n: number, children: unknown[]) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: 'n', value: { type: 'mdxJsxAttributeValueExpression', value: String(n) } }],
  children,
});

function run(children: unknown[], chapter: unknown = 3): Root {
  const tree = { type: 'root', children } as Root;
  rehypePlanAnchors()(tree, { data: { astro: { frontmatter: { chapter } } } });
  return tree;
}

const ids = (node: any): string[] =>
  [node.properties?.id, ...(node.children ?? []).flatMap(ids)].filter((id): id is string => typeof id === 'string');

describe('rehypePlanAnchors', () => {
  it('numbers intro paragraphs, sections and their paragraphs by position', () => {
    const tree = run([p('导语'), h2('第一节 甲'), p('一'), p('二'), h2('第二节 乙'), p('三')]);
    expect(ids(tree)).toEqual(['c3-p1', 's3-1', 's3-1-p1', 's3-1-p2', 's3-2', 's3-2-p1']);
  });

  it('numbers paragraphs inside 专栏 and their items, and tells items their 专栏', () => {
    const item = jsx('ColumnItem', 2, [p('项')]);
    const tree = run([h2('第一节'), jsx('Column', 7, [item]), jsx('Column', 13, [p('段')])]);
    expect(ids(tree)).toEqual(['s3-1', 'column-7-2-p1', 'column-13-p1']);
    expect(item.attributes.at(-1)).toEqual({ type: 'mdxJsxAttribute', name: 'column', value: '7' });
  });

  it('keeps ids when the wording changes', () => {
    const before = ids(run([h2('第一节 甲'), p('原来的文字')]));
    const after = ids(run([h2('第一节 改过的标题'), p('改过的文字，更长一些。')]));
    expect(after).toEqual(before);
  });

  it('puts a self-link marked as UI beside each section heading', () => {
    const tree = run([h2('第一节 甲')]);
    const wrap = tree.children[0] as any;
    expect(wrap.properties.className).toEqual(['heading-wrap']);
    const link = wrap.children[1];
    expect(link.properties).toMatchObject({ href: '#s3-1', dataUi: '' });
  });

  it('numbers the preamble in its own scope', () => {
    expect(ids(run([p('说明')], 0))).toEqual(['preamble-p1']);
  });

  it('leaves files without a chapter number alone', () => {
    expect(ids(run([p('x')], 'none'))).toEqual([]);
  });
});
