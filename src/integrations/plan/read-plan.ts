/**
 * The plan model for Node build code and tests: reads content/plan/*.mdx from disk and builds the
 * model with the indicator tables (src/lib/plan/build-plan-model.ts). Astro pages get the same model
 * from src/content.ts, which hands the same builder the files as Vite bundles them.
 */
import { buildPlanModel } from '../../lib/plan/build-plan-model.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { ContentError } from '../../lib/plan/problems.ts';
import { indicators, indicatorTables } from '../../data/indicators.ts';
import { indicatorTableData } from '../../lib/indicators/table-data.ts';
import { readPlanFiles } from './plan-files.ts';

const cache = new Map<string, PlanModel>();

/** The model of the plan under `root` (the project root by default); throws a ContentError listing the problems. */
export function readPlan(root: string = process.cwd()): PlanModel {
  let model = cache.get(root);
  if (!model) {
    const result = buildPlanModel(readPlanFiles(root), indicatorTableData(indicatorTables, indicators));
    if (result.problems.length || !result.model) throw new ContentError('The plan content has problems', result.problems);
    model = result.model;
    cache.set(root, model);
  }
  return model;
}
