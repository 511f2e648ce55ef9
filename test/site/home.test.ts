/**
 * The home page's "plan at a glance" quotes the plan exactly: each [data-quote] is a passage of the
 * plan model (the one it names), or the start of one, word for word; the 主要目标 cards are the six
 * "——" paragraphs of 第一章第三节, in order. Plan text proper ([data-plan]) stays the title and the
 * preamble (the fidelity test checks it), so nothing here adds words to the plan.
 */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/integrations/plan/read-plan.ts';
import { findPassage } from '../../src/lib/plan/model.ts';
import { squash } from '../../src/lib/plan/fidelity.ts';
import { assertBuilt, fileForPath, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';

const plan = readPlan();

describe.each(BUILDS)('the home page under $base', ({ dir, base }) => {
  assertBuilt(dir);
  const $ = loadHtml(fileForPath(dir, '')!);

  it('quotes only words of the plan: every quote is the start of the passage it names, after its "——"', () => {
    const quotes = $('[data-quote]')
      .map((_, el) => ({ anchor: $(el).attr('data-quote')!, text: squash($(el).text()) }))
      .get();
    expect(quotes.length).toBe(16);
    const wrong = quotes.filter(({ anchor, text }) => {
      const passage = findPassage(plan, anchor);
      return !passage || !squash(passage.text).replace(/^——/u, '').startsWith(text) || text.length < 8;
    });
    expect(wrong).toEqual([]);
  });

  it('links each 主要目标 to its paragraph in 第一章第三节', () => {
    const goals = $('ol.goals a')
      .map((_, a) => ({ href: $(a).attr('href')!, anchor: $(a).find('[data-quote]').attr('data-quote')! }))
      .get();
    expect(goals.map((g) => g.href)).toEqual(goals.map((g) => `${base}chapters/1/#${g.anchor}`));
    expect(goals.map((g) => squash(findPassage(plan, g.anchor)!.text).slice(0, 6))).toEqual([
      '——实现更加',
      '——多层次社',
      '——人力资源',
      '——技术技能',
      '——和谐劳动',
      '——人力资源',
    ]);
  });
});
