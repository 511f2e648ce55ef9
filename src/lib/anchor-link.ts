/**
 * Link and reader's label for an anchor of the plan (s3-1, column-7, column-7-2, s2-4-p1), from the
 * plan model: 第三章第一节 全面实施全民参保计划, 专栏7 人力资源服务提升工程.
 */
import { describeAnchor } from './anchors.ts';
import { findPassage, planColumns, type PlanModel } from './plan/model.ts';
import { TITLE_ERRATUM } from './plan/errata-schema.ts';

export interface AnchorLink {
  /** Relative to the site base: chapters/3/#s3-1 */
  path: string;
  label: string;
  /** The chapter the element stands in (0: the preamble). */
  chapter: number;
}

export function anchorLink(anchor: string, plan: PlanModel): AnchorLink {
  // The title (of a repair, src/data/errata.ts) stands at the top of the home page.
  if (anchor === TITLE_ERRATUM) return { path: '', label: '规划标题', chapter: 0 };
  const passage = findPassage(plan, anchor);
  if (!passage) throw new Error(`anchorLink: "${anchor}" is not an anchor of the plan`);
  const path = `${passage.page}#${anchor}`;
  const { chapter } = passage;
  switch (passage.kind) {
    case 'section': {
      const section = plan.chapters.find((c) => c.n === chapter)?.sections.find((s) => s.anchor === anchor);
      return { path, label: `${describeAnchor(anchor)} ${section?.title ?? ''}`.trim(), chapter };
    }
    case 'column':
    case 'item': {
      const column = planColumns(plan).find((c) => c.anchor === anchor || c.items.some((i) => i.anchor === anchor))!;
      const title = passage.kind === 'column' ? column.title : column.items.find((i) => i.anchor === anchor)!.title;
      return { path, label: `专栏${column.n} ${title}`, chapter };
    }
    default:
      return { path, label: describeAnchor(anchor), chapter };
  }
}
