/**
 * The passages of the text that state a 专栏2 target: each target of src/data/targets.ts that names an
 * indicator, with the clause of its paragraph quoted as printed (its verb and qualifier with it), so
 * what the site says about a target can keep the plan's words (src/lib/indicators/describe.ts).
 */
import { describeAnchor } from '../anchors.ts';
import { squash } from '../plan/fidelity.ts';
import { findPassage, type PlanModel } from '../plan/model.ts';
import type { Target } from '../targets/schema.ts';
import type { StatedTarget } from './describe.ts';

/** Punctuation that ends a clause. */
const CLAUSE_END = /[，。；：！？]/u;

/**
 * The clause of a text that holds `printed`, whitespace removed: from the punctuation before it to the
 * punctuation after it. "…失业率控制在 4.5% 以内。转移就业农村劳动力人数保持在 2400 万左右。" with
 * "2400万左右" gives "转移就业农村劳动力人数保持在2400万左右"; null when the text does not hold it.
 */
export function clauseAround(text: string, printed: string): string | null {
  const s = squash(text);
  const at = s.indexOf(squash(printed));
  if (at < 0) return null;
  let start = at;
  while (start > 0 && !CLAUSE_END.test(s[start - 1]!)) start -= 1;
  let end = at + squash(printed).length;
  while (end < s.length && !CLAUSE_END.test(s[end]!)) end += 1;
  return s.slice(start, end);
}

/**
 * The stated targets, in the order of the list. A target whose paragraph is missing or does not print
 * it is left out here: the build's check (src/lib/plan/check-plan.ts) reports it.
 */
export function statedTargets(targets: readonly Target[], plan: PlanModel): StatedTarget[] {
  return targets.flatMap((t) => {
    if (!t.indicator) return [];
    const passage = findPassage(plan, t.anchor);
    const clause = passage ? clauseAround(passage.text, t.printed) : null;
    if (!clause) return [];
    return [{ id: t.id, indicator: t.indicator, anchor: t.anchor, printed: t.printed, clause, where: describeAnchor(t.anchor) }];
  });
}
