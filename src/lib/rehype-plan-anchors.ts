/**
 * Gives every section heading and every paragraph of a plan chapter its structural id
 * (src/lib/anchors.ts) and puts a link to itself beside each section heading.
 *
 * Ids come from position in the structure (第几节, which 专栏, which item, which paragraph),
 * read from the MDX tree and the entry's `chapter` frontmatter, never from the wording.
 */
import type { Element, Root, RootContent } from 'hast';
import { paragraphId, sectionId, type ParagraphScope } from './anchors.ts';
import { t } from '../i18n/ui.ts';

/** The shape of the hast nodes this plugin reads: elements and MDX JSX elements (<Column>, <ColumnItem>). */
interface PlanNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Element['properties'];
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: PlanNode[];
}

type MdxJsxFlowElement = PlanNode & { attributes: NonNullable<PlanNode['attributes']>; children: PlanNode[] };

function isJsx(node: PlanNode, name: string): node is MdxJsxFlowElement {
  return node.type === 'mdxJsxFlowElement' && node.name === name;
}

/** Reads a numeric JSX attribute such as n={3}. */
function numberAttribute(node: MdxJsxFlowElement, name: string): number {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  const raw = typeof value === 'object' && value !== null ? (value as { value?: unknown }).value : value;
  const number = Number(raw);
  if (!Number.isInteger(number)) throw new Error(`<${node.name}> needs a whole-number "${name}" attribute`);
  return number;
}

const isElement = (node: PlanNode, tagName: string): boolean => node.type === 'element' && node.tagName === tagName;

/** The link beside a heading: "#" for the eye, a Chinese name for screen readers. Marked as UI, not plan text. */
export function headingLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-link'], href: `#${id}`, dataUi: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: label }] },
    ],
  };
}

/** Numbers the paragraphs directly inside `children` within `scope`. */
function numberParagraphs(children: PlanNode[], scope: ParagraphScope): void {
  let index = 0;
  for (const child of children) {
    if (isElement(child, 'p')) child.properties = { ...child.properties, id: paragraphId(scope, ++index) };
  }
}

function numberColumn(column: MdxJsxFlowElement): void {
  const n = numberAttribute(column, 'n');
  numberParagraphs(column.children, { kind: 'column', column: n });
  for (const child of column.children) {
    if (isJsx(child, 'ColumnItem')) {
      numberParagraphs(child.children, { kind: 'item', column: n, item: numberAttribute(child, 'n') });
      // Tell the item which 专栏 it is in, so its own anchor (column-7-2) needs no second copy in the MDX.
      child.attributes.push({ type: 'mdxJsxAttribute', name: 'column', value: String(n) });
    }
  }
}

export function rehypePlanAnchors() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: Record<string, unknown> } } }): void => {
    const chapter = Number(file.data.astro?.frontmatter?.chapter);
    if (!Number.isInteger(chapter)) return;
    let scope: ParagraphScope = chapter === 0 ? { kind: 'preamble' } : { kind: 'chapter', chapter };
    let section = 0;
    let paragraph = 0;
    const out: PlanNode[] = [];
    for (const node of tree.children as PlanNode[]) {
      if (isElement(node, 'h2')) {
        section += 1;
        paragraph = 0;
        scope = { kind: 'section', chapter, section };
        const id = sectionId(chapter, section);
        node.properties = { ...node.properties, id };
        out.push({
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrap'] },
          children: [node as Element, headingLink(id, t('heading.sectionLink'))],
        });
        continue;
      }
      if (isElement(node, 'p')) {
        node.properties = { ...node.properties, id: paragraphId(scope, ++paragraph) };
      } else if (isJsx(node, 'Column')) {
        numberColumn(node);
      }
      out.push(node);
    }
    tree.children = out as unknown as RootContent[];
  };
}
