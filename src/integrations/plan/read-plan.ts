/**
 * The plan model for Node build code and tests: reads content/plan/*.mdx from disk and builds the
 * model with the indicator tables (src/lib/plan/build-plan-model.ts), once per project root and
 * process: the build's checks and its search index share it. Astro pages get the same model from
 * src/content.ts, which hands the same builder the files as Vite bundles them.
 */
import { buildPlanModel, type PlanModelResult } from '../../lib/plan/build-plan-model.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { ContentError } from '../../lib/plan/problems.ts';
import { indicators, indicatorTables } from '../../data/indicators.ts';
import { indicatorTableData } from '../../lib/indicators/table-data.ts';
import { readPlanFiles } from './plan-files.ts';

const cache = new Map<string, PlanModelResult>();

/** The model of the plan under `root` with the problems found building it (cached). */
export function planModelResult(root: string = process.cwd()): PlanModelResult {
  let result = cache.get(root);
  if (!result) {
    result = buildPlanModel(readPlanFiles(root), indicatorTableData(indicatorTables, indicators));
    cache.set(root, result);
  }
  return result;
}

/** The model of the plan under `root` (the project root by default); throws a ContentError listing the problems. */
export function readPlan(root: string = process.cwd()): PlanModel {
  const { model, problems } = planModelResult(root);
  if (problems.length || !model) throw new ContentError('The plan content has problems', problems);
  return model;
}
