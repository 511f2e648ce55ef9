import { describe, expect, it } from 'vitest';
import { TRADITIONAL_FORMS, traditionalPairs } from '../../../src/data/traditional.ts';
import { readPlan } from '../../../src/integrations/plan/read-plan.ts';

const planChars = new Set([
  ...readPlan()
    .passages.map((p) => p.text)
    .join(''),
]);

describe("the traditional forms of the plan's characters", () => {
  it('lists only characters the plan uses, by forms the plan does not use', () => {
    const strays = Object.entries(TRADITIONAL_FORMS).flatMap(([s, forms]) => [
      ...(planChars.has(s) ? [] : [`${s} is not in the plan`]),
      ...[...forms].filter((f) => planChars.has(f) || f === s).map((f) => `${f} (for ${s}) is in the plan`),
    ]);
    expect(strays).toEqual([]);
  });

  it('gives each traditional form one simplified character', () => {
    const forms = Object.values(TRADITIONAL_FORMS).flatMap((f) => [...f]);
    expect(new Set(forms).size).toBe(forms.length);
    expect(Object.keys(TRADITIONAL_FORMS).length).toBeGreaterThan(300);
  });

  it('pairs each form with its simplified character for the search page', () => {
    const pairs = [...traditionalPairs()];
    expect(pairs.length % 2).toBe(0);
    expect(pairs.slice(0, 2)).toEqual([TRADITIONAL_FORMS['万'], '万']);
  });
});
