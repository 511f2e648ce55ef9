import { describe, expect, it } from 'vitest';
import { planProblems, PlanCheckError } from '../../../../src/integrations/plan/plan-checks.ts';
import { ROOT } from '../../../support/paths.ts';
import { chapterFile } from '../../../support/plan-facts.ts';

describe('planProblems', () => {
  it('finds nothing wrong with the plan as committed', async () => {
    expect(await planProblems(ROOT)).toEqual([]);
  });
});

describe('PlanCheckError', () => {
  it('lists every problem with its place, and no stack to read past', () => {
    const error = new PlanCheckError([
      { file: chapterFile(3), line: 12, message: 'a' },
      { file: 'src/data/targets.ts', record: 'target "t-x"', field: 'anchor', message: 'b' },
    ]);
    expect(error.message).toBe(
      `The plan has 2 problems; the build stops before rendering any page:\n  ${chapterFile(3)}:12: a\n  src/data/targets.ts, target "t-x", field "anchor": b\n`,
    );
    expect(error.stack).toBe(`PlanCheckError: ${error.message}`);
  });
});
