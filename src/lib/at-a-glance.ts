/**
 * The home page's "plan at a glance", read from the plan model, in the plan's own words: the six
 * 主要目标 of 第一章第三节 (its "——…" paragraphs), each chapter's opening sentence, and the headline
 * indicators (src/data/headlines.ts). Quotes are exact: a prefix of the passage they link to (a test
 * checks each against the model), never a summary.
 */
import { sectionId } from './anchors.ts';
import type { Passage, PlanModel } from './plan/model.ts';

export interface Quote {
  /** The passage quoted. */
  anchor: string;
  /** Its page, relative to the base. */
  page: string;
  /** The words quoted, exactly as the passage has them. */
  text: string;
}

/** The plan's 第一章第三节 主要目标 lead-in: the section whose "——" paragraphs are the goals. */
const GOALS_SECTION = sectionId(1, 3);
const DASH = '——';

/** The first sentence of a text: up to and including its first 。 (the whole text when it has none). */
function firstSentence(text: string): string {
  const end = text.indexOf('。');
  return end < 0 ? text : text.slice(0, end + 1);
}

/** The "——" goals of 第一章第三节, each as its heading words (the first sentence without the dash and the full stop). */
export function mainGoals(plan: PlanModel): Quote[] {
  return plan.passages
    .filter((p) => p.kind === 'paragraph' && p.path.some((step) => step.anchor === GOALS_SECTION) && p.path.length === 2 && p.text.startsWith(DASH))
    .map((p) => ({ anchor: p.anchor, page: p.page, text: firstSentence(p.text.slice(DASH.length)).replace(/。$/u, '') }));
}

/** The first paragraph of a chapter (its introduction, or else its first section's). */
function openingParagraph(plan: PlanModel, chapter: number): Passage | undefined {
  return plan.passages.find((p) => p.kind === 'paragraph' && p.chapter === chapter);
}

/** Each chapter's opening sentence, in chapter order. */
export function openingSentences(plan: PlanModel): Map<number, Quote> {
  const out = new Map<number, Quote>();
  for (const c of plan.chapters) {
    const p = openingParagraph(plan, c.n);
    if (p) out.set(c.n, { anchor: p.anchor, page: p.page, text: firstSentence(p.text) });
  }
  return out;
}
