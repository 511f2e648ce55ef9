/**
 * Link and reader's label for an anchor of the plan (s3-1, column-7, column-7-2, s2-4-p1), from the
 * chapter outlines: 第三章第一节 全面实施全民参保计划, 专栏7 人力资源服务提升工程.
 */
import { chapterPath, describeAnchor } from './anchors.ts';
import type { OutlineColumn, OutlineSection } from './outline.ts';

export interface OutlineLike {
  n: number;
  outline: { sections: OutlineSection[]; columns: OutlineColumn[] };
}

export interface AnchorLink {
  /** Relative to the site base: chapters/3/#s3-1 */
  path: string;
  label: string;
}

export function anchorLink(anchor: string, chapters: readonly OutlineLike[]): AnchorLink {
  const columns = chapters.flatMap((c) => c.outline.columns);
  let m: RegExpMatchArray | null;
  if ((m = anchor.match(/^[sc](\d+)-/))) {
    const chapter = Number(m[1]);
    const section = chapters.find((c) => c.n === chapter)?.outline.sections.find((s) => s.id === anchor);
    const label = section ? `${describeAnchor(anchor)} ${section.title}` : describeAnchor(anchor);
    return { path: `${chapterPath(chapter)}#${anchor}`, label };
  }
  if ((m = anchor.match(/^column-(\d+)(?:-(\d+))?(-p\d+)?$/))) {
    const column = columns.find((c) => c.n === Number(m![1]));
    if (!column) throw new Error(`anchorLink: no 专栏 for "${anchor}"`);
    const item = m[2] ? column.items.find((i) => i.n === Number(m![2])) : undefined;
    const label = m[3] ? describeAnchor(anchor) : item ? `专栏${column.n} ${item.title}` : `专栏${column.n} ${column.title}`;
    return { path: `${chapterPath(column.chapter)}#${anchor}`, label };
  }
  throw new Error(`anchorLink: unknown anchor "${anchor}"`);
}
