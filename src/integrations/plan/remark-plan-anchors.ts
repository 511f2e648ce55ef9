/**
 * Puts the plan's ids on the pages: numbers each plan file's MDX tree with numberChapter()
 * (src/lib/plan/number-chapter.ts, the same function that builds the plan model, so the ids on the
 * page are the anchors of the model), then
 *
 * - gives each paragraph and section heading its id (s3-2, s3-2-p1, column-7-2-p1),
 * - passes each <Column> and <ColumnItem> its anchor (column-7, column-7-2) as a prop,
 * - wraps each section heading in a div.heading-wrap, where the reading tools put its 链接与引用
 *   button (src/reader/paragraph-tools.ts) without a change of layout when they do.
 *
 * It does not number anything itself. Files without a `chapter` in their frontmatter are left alone.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { relative } from 'node:path';
import { numberChapter, type TreeNode } from '../../lib/plan/number-chapter.ts';
import { ContentError } from '../../lib/plan/problems.ts';

/** An mdast node that becomes an element of its own (mdast-util-to-hast reads data.hName and data.hProperties). */
const element = (hName: string, hProperties: Record<string, unknown>, children: TreeNode[]): TreeNode => ({
  type: 'planElement',
  data: { hName, hProperties },
  children,
});

export const remarkPlanAnchors: RemarkPlugin = () => {
  return (root, file): void => {
    const tree = root as unknown as TreeNode;
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const chapter = Number(frontmatter.chapter);
    if (!Number.isInteger(chapter)) return;
    const path = file.path ? relative(process.cwd(), file.path) : '(plan file)';
    const { marks, problems } = numberChapter(tree, { chapter, title: String(frontmatter.title ?? ''), file: path });
    // The build checks stop a build before this; in `astro dev` this is where an edit is refused.
    if (problems.length) throw new ContentError(`${path} is not valid plan content`, problems);
    const headings = new Set<TreeNode>();
    for (const { node, anchor } of marks) {
      if (node.type === 'mdxJsxFlowElement') {
        node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'anchor', value: anchor }];
      } else {
        const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
        data.hProperties = { ...data.hProperties, id: anchor };
        if (node.type === 'heading') headings.add(node);
      }
    }
    tree.children = (tree.children ?? []).map((node) => {
      if (!headings.has(node)) return node;
      return element('div', { className: ['heading-wrap'] }, [node]);
    });
  };
};
