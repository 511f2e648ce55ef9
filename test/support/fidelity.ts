/**
 * The fidelity rule for built pages: the plan text a page shows, compared with the official text by
 * the functions of src/lib/plan/fidelity.ts (which the build's own check uses too).
 */
import type { CheerioAPI } from 'cheerio';
import { squash } from '../../src/lib/plan/fidelity.ts';

export { applyErrata, expectedPlanText, firstDifference, sourceWithoutToc, splitByChapter, squash } from '../../src/lib/plan/fidelity.ts';

/** The plan text a page shows: its [data-plan] elements in order, without [data-ui] controls. */
export function pagePlanText($: CheerioAPI): string {
  const parts: string[] = [];
  $('[data-plan]').each((_, el) => {
    if ($(el).parents('[data-plan]').length > 0) return;
    const copy = $(el).clone();
    copy.find('[data-ui]').remove();
    parts.push(copy.text());
  });
  return squash(parts.join(''));
}
