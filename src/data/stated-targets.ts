/**
 * The passages of the text that state a 专栏2 target (src/lib/indicators/stated.ts), read once from
 * the plan's files: what the indicator pages, the dashboard, the charts, the home page and the open
 * data quote when they speak of a 十四五 target.
 */
import { readPlan } from '../integrations/plan/read-plan.ts';
import { statedTargets } from '../lib/indicators/stated.ts';
import { targets } from './targets.ts';

export const stated = statedTargets(targets, readPlan());
