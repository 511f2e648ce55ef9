/**
 * The plan model (src/lib/plan/model.ts) against what the build wrote: its passages, in order, are
 * the passages each plan page shows (same anchors, same text), so the search records, citations and
 * data links taken from the model land on real elements with the words they name; and the full-text
 * page shows every one of them under the same anchor.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/integrations/plan/read-plan.ts';
import { squash } from '../../src/lib/plan/fidelity.ts';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { truthPassages } from '../support/search-truth.ts';

const plan = readPlan();

describe.each(BUILDS)('the plan model and the build under $base', ({ dir }) => {
  it("has exactly the passages of each page, in order, with the pages' anchors and text", () => {
    assertBuilt(dir);
    const model = plan.passages.map((p) => ({ key: `${p.page}#${p.anchor}`, text: squash(p.text) }));
    expect(model).toEqual(truthPassages(dir));
  });

  it('finds every passage on the full-text page under its anchor', () => {
    const $ = loadHtml(join(dir, 'full/index.html'));
    const missing = plan.passages
      .filter((p) => p.anchor !== '')
      .filter((p) => {
        const el = $(`[id="${p.anchor}"]`).clone();
        el.find('[data-ui]').remove();
        return squash(el.text()) !== squash(p.text);
      })
      .map((p) => p.anchor);
    expect(missing).toEqual([]);
  });
});

describe('the plan model', () => {
  it('survives JSON (for exports) unchanged', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('holds 10 chapters, 45 sections, 20 专栏 and every passage once', () => {
    expect(plan.chapters).toHaveLength(10);
    expect(plan.chapters.flatMap((c) => c.sections)).toHaveLength(45);
    expect(plan.chapters.flatMap((c) => c.columns).map((c) => c.n)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const anchors = plan.passages.map((p) => p.anchor).filter(Boolean);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
