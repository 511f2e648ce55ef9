/**
 * The indicators of 专栏2 the home page shows first (2020 value → 2025 target, 约束性 marked): an
 * editorial choice of the site, not words of the plan. Every id must be an indicator of 专栏2 with a
 * 2020 value; the build fails naming the id otherwise.
 */
import { indicators } from './indicators.ts';
import type { Indicator } from '../lib/indicators/schema.ts';

const HEADLINE_IDS = [
  'plan14-urban-new-jobs',
  'plan14-registered-unemployment-rate',
  'plan14-pension-coverage-rate',
  'plan14-unemployment-insurance-insured',
  'plan14-work-injury-insurance-insured',
  'plan14-skilled-talent',
] as const;

function pickHeadlines(ids: readonly string[], all: readonly Indicator[]): Indicator[] {
  return ids.map((id) => {
    const ind = all.find((i) => i.id === id);
    if (!ind || ind.column !== 2) throw new Error(`src/data/headlines.ts: "${id}" is not an indicator of 专栏2 in src/data/indicators.ts`);
    if (ind.base.kind === 'none') throw new Error(`src/data/headlines.ts: "${id}" has no 2020 value to show beside its target`);
    return ind;
  });
}

export const headlines: Indicator[] = pickHeadlines(HEADLINE_IDS, indicators);
