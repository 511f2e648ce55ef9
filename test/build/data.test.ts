/**
 * The wiring of the data checks: `npm run build` imports the data modules inside its checks, so a bad
 * record stops it with a message naming the record and field instead of crashing astro.config.mjs.
 * One real build; every other bad record is tested at unit level on the same checks
 * (test/unit/integrations/plan/refused-data.test.ts, refused-errata.test.ts).
 */
import { afterAll, expect, it } from 'vitest';
import { scratchBuilds } from '../support/scratch-build.ts';
import { expectRefused, inRecord } from '../support/refusals.ts';

const scratch = scratchBuilds('plan-data-');
afterAll(() => scratch.cleanup());

it('stops npm run build before rendering, naming the record and field of a bad indicator', () => {
  const result = scratch.buildWith(
    'src/data/indicators.ts',
    inRecord(
      'plan13-unemployment-insurance-insured',
      "actual: { kind: 'number', text: '1047', value: 1047,",
      "actual: { kind: 'number', text: '1047', value: 'about 1047',",
    ),
  );
  expect(result.output).toContain('the build stops before rendering any page');
  expectRefused(
    result,
    'src/data/indicators.ts, 专栏1 indicator "plan13-unemployment-insurance-insured" (row 5), field "actual.value": Invalid input: expected number, received string',
  );
}, 180_000);
