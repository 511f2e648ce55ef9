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
import { buildPlanModel, type PlanFile, type PlanModelResult } from '../../lib/plan/build-plan-model.ts';
import { indicatorTableData } from '../../lib/indicators/table-data.ts';
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

type Indicators = typeof import('../../data/indicators.ts');
type Targets = typeof import('../../data/targets.ts');
type Errata = typeof import('../../data/errata.ts');

/**
 * What the checks read: the plan's files and the official text as text, and the data modules as
 * loaders (a module checks its records when it is imported and throws a ContentError listing them).
 * The build reads them from the project; the refused-edit tests hand in edited copies.
 */
export interface PlanSources {
  files: readonly PlanFile[];
  /** content/source/plan-source.txt */
  official: string;
  indicators: () => Promise<Indicators>;
  targets: () => Promise<Targets>;
  errata: () => Promise<Errata>;
  /** The model with the indicator tables; by default built from `files`. */
  model?: (indicators: Indicators) => PlanModelResult | Promise<PlanModelResult>;
}

/** Every problem of these sources; [] when the build may go on. */
export async function planSourceProblems(sources: PlanSources): Promise<Problem[]> {
  const problems: Problem[] = [];
  const indicators = await load(sources.indicators, problems);
  const targets = await load(sources.targets, problems);
  const errata = await load(sources.errata, problems);
  // With the indicator data sound, the model with its table rows; without, the content is still checked, with no table rows.
  const { model, problems: content } = indicators
    ? await (sources.model ?? ((i) => buildPlanModel(sources.files, indicatorTableData(i.indicatorTables, i.indicators))))(indicators)
    : buildPlanModel(sources.files);
  problems.push(...content);
  if (problems.length || !model || !indicators || !targets || !errata) return problems;
  return checkPlan(model, { indicators: indicators.indicators, targets: targets.targets, errata: errata.errata }, sources.official);
}

/** Every problem of the content under `root`; [] when the build may go on. */
export async function planProblems(root: string): Promise<Problem[]> {
  return planSourceProblems({
    files: readPlanFiles(root),
    official: readFileSync(join(root, SOURCE_FILE), 'utf8'),
    // Loaded here, not imported at the top: a broken record must become a message, not a crash of astro.config.mjs.
    indicators: () => import('../../data/indicators.ts'),
    targets: () => import('../../data/targets.ts'),
    errata: () => import('../../data/errata.ts'),
    // The model the search index will use too (read-plan caches it).
    model: async () => (await import('./read-plan.ts')).planModelResult(root),
  });
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
