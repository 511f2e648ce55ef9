import { describe, expect, it } from 'vitest';
import { splitIntoParts } from '../../../src/integrations/pagefind-plan.ts';

describe('splitIntoParts', () => {
  it('keeps the order and makes runs of about equal size', () => {
    const sizes = [1, 5, 4, 3, 3, 2, 6, 1, 2, 3];
    const parts = splitIntoParts(sizes, 3, (n) => n);
    expect(parts.flat()).toEqual(sizes);
    expect(parts).toHaveLength(3);
    const totals = parts.map((p) => p.reduce((a, b) => a + b, 0));
    expect(Math.max(...totals) - Math.min(...totals)).toBeLessThanOrEqual(6);
  });

  it('makes no empty part, even when asked for more parts than items', () => {
    expect(splitIntoParts([10, 1], 3, (n) => n)).toEqual([[10], [1]]);
  });
});
