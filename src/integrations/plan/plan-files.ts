/** The plan's MDX files as read from disk (no data modules imported, so the build's checks can load those themselves). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanFile } from '../../lib/plan/build-plan-model.ts';

/** Where the plan's MDX lives, relative to the project root. */
const PLAN_DIR = 'content/plan';

/** The plan's files, in file-name order, with paths relative to `root`. */
export function readPlanFiles(root: string): PlanFile[] {
  return readdirSync(join(root, PLAN_DIR))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ file: `${PLAN_DIR}/${name}`, text: readFileSync(join(root, PLAN_DIR, name), 'utf8') }));
}
