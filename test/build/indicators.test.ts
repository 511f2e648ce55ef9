/**
 * A malformed indicator record must fail the build with a message naming the indicator and the field.
 * Builds a scratch copy of the project with one broken record in src/data/indicators.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { scratchBuilds } from '../support/scratch-build.ts';

const scratch = scratchBuilds('plan-indicators-');
afterAll(() => scratch.cleanup());

describe('indicator data validation', () => {
  it('fails the build naming the indicator and the field when a value is not a number', () => {
    const { status, output } = scratch.buildWith('src/data/indicators.ts', (t) => t.replace("text: '1047', value: 1047,", "text: '1047', value: 'about 1047',"));
    expect(status).not.toBe(0);
    expect(output).toContain('src/data/indicators.ts');
    expect(output).toMatch(/indicator "plan13-unemployment-insurance-insured" \(row 5\), field "actual.value"/);
  }, 120_000);
});
