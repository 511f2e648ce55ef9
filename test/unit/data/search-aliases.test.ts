import { describe, expect, it } from 'vitest';
import { SEARCH_ALIASES } from '../../../src/data/search-aliases.ts';
import { readPlan } from '../../../src/integrations/plan/read-plan.ts';

const text = readPlan().passages.map((p) => p.text.replace(/\s+/gu, ''));

describe('the reviewed alias list', () => {
  it.each(SEARCH_ALIASES.map(([a, b]) => [a, b]))('pairs two forms the plan both uses: %s and %s', (a, b) => {
    expect(
      text.some((p) => p.includes(a)),
      `${a} occurs nowhere in the plan`,
    ).toBe(true);
    expect(
      text.some((p) => p.includes(b)),
      `${b} occurs nowhere in the plan`,
    ).toBe(true);
    expect(a).not.toBe(b);
  });

  it('lists each pair once', () => {
    const keys = SEARCH_ALIASES.map((pair) => [...pair].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
