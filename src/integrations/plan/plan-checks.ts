/**
 * The build's checks of the content, run before Astro renders anything (astro:config:done), so a bad
 * edit stops `npm run build` within seconds with one line per real error, naming the file and line
 * (MDX) or the record and field (data):
 *
 * 1. the data modules (src/data/indicators.ts, targets.ts, errata.ts) against their strict schemas;
 * 2. every plan file: frontmatter, MDX syntax, what plan content may hold, numbering (plan model);
 * 3. anchors in the data, <Fix> and errata, and fidelity to the official text (src/lib/plan/check-plan.ts).
 *
 * A step runs only when the ones it depends on passed: a broken record or file would otherwise be
 * reported again by every check that reads it. In `astro dev` the problems are logged, not fatal.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlanModel } from '../../lib/plan/build-plan-model.ts';
import { checkPlan } from '../../lib/plan/check-plan.ts';
import { SOURCE_FILE } from '../../lib/plan/fidelity.ts';
import { formatProblem, type Problem } from '../../lib/plan/problems.ts';
import { readPlanFiles } from './plan-files.ts';

/** Problems a data module threw (ContentError) at import; anything else is a bug and propagates. */
async function load<T>(what: () => Promise<T>, problems: Problem[]): Promise<T | undefined> {
  try {
    return await what();
  } catch (error) {
    const listed = (error as { problems?: Problem[] }).problems;
    if (!Array.isArray(listed)) throw error;
    problems.push(...listed);
    return undefined;
  }
}

/** Every problem of the content under `root`; [] when the build may go on. */
export async function planProblems(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  // Loaded here, not imported at the top: a broken record must become a message, not a crash of astro.config.mjs.
  const indicators = await load(() => import('../../data/indicators.ts'), problems);
  const targets = await load(() => import('../../data/targets.ts'), problems);
  const errata = await load(() => import('../../data/errata.ts'), problems);
  // With the indicator data sound, the model the search index will use too (read-plan caches it);
  // without, the content is still checked, with no table rows.
  const { model, problems: content } = indicators ? (await import('./read-plan.ts')).planModelResult(root) : buildPlanModel(readPlanFiles(root));
  problems.push(...content);
  if (problems.length || !model || !indicators || !targets || !errata) return problems;
  return checkPlan(model, { indicators: indicators.indicators, targets: targets.targets, errata: errata.errata }, readFileSync(join(root, SOURCE_FILE), 'utf8'));
}

export class PlanCheckError extends Error {
  constructor(problems: readonly Problem[]) {
    const n = problems.length;
    super(`The plan has ${n} problem${n === 1 ? '' : 's'}; the build stops before rendering any page:\n  ${problems.map(formatProblem).join('\n  ')}\n`);
    this.name = 'PlanCheckError';
    // The stack would only point here; the message names every place to fix.
    this.stack = `${this.name}: ${this.message}`;
  }
}

export default function planChecks(): AstroIntegration {
  let command: string = 'build';
  return {
    name: 'plan:checks',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const started = performance.now();
        const problems = await planProblems(fileURLToPath(config.root));
        if (problems.length === 0) {
          logger.info(`Plan checked: structure, data anchors, errata and fidelity to the official text (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        if (command === 'dev') for (const p of problems) logger.error(formatProblem(p));
        else throw new PlanCheckError(problems);
      },
    },
  };
}
