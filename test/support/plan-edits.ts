/**
 * The build's content checks run on edited copies of the project's files, in memory, without Astro:
 * the same function the build calls before rendering (planSourceProblems in
 * src/integrations/plan/plan-checks.ts), on the plan's MDX and the official text as edited text and on
 * the data modules as edited modules. A data module checks its records when imported, so its edited
 * text is written to a temporary file (its imports of src/lib/ pointed at the project's own) and
 * imported from there. The problems come back as the lines the build prints.
 *
 * One real build per kind of refusal (test/build/) proves that the build calls these checks and stops.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { planSourceProblems } from '../../src/integrations/plan/plan-checks.ts';
import { readPlanFiles } from '../../src/integrations/plan/plan-files.ts';
import { SOURCE_FILE } from '../../src/lib/plan/fidelity.ts';
import { formatProblem } from '../../src/lib/plan/problems.ts';
import { ROOT } from './paths.ts';

export interface Edit {
  /** Relative to the project root: content/plan/*.mdx, the official text or a module of src/data/ the checks read. */
  file: string;
  /** Returns the new text; must change it. */
  edit: (text: string) => string;
}

const DATA_MODULES = ['src/data/indicators.ts', 'src/data/targets.ts', 'src/data/errata.ts'] as const;

let scratch: string | undefined;
let count = 0;

/** Imports a data module's edited text: the module's relative imports of ../lib/ lead to the project's src/lib/. */
async function importEdited<T>(file: string, text: string): Promise<T> {
  scratch ??= mkdtempSync(join(tmpdir(), 'plan-edits-'));
  const code = text.replace(/from '\.\.\/lib\//gu, `from '${join(ROOT, 'src/lib')}/`);
  const other = /from '\.{1,2}\/(?!.*src\/lib)/u.exec(code);
  if (other) throw new Error(`plan-edits: ${file} imports something other than src/lib/ (${other[0]}…): teach importEdited about it`);
  count += 1;
  const path = join(scratch, `${basename(file, '.ts')}-${count}.ts`);
  writeFileSync(path, code);
  return (await import(/* @vite-ignore */ path)) as T;
}

/** Removes the temporary modules (call in afterAll). */
export function cleanupPlanEdits(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

/** The lines the build would print for the project with these edits made ([] when it would build). */
export async function planEditProblems(edits: readonly Edit[]): Promise<string[]> {
  const texts = new Map<string, string>();
  for (const { file, edit } of edits) {
    if (!file.startsWith('content/plan/') && file !== SOURCE_FILE && !(DATA_MODULES as readonly string[]).includes(file)) {
      throw new Error(`plan-edits: the build's content checks do not read ${file}; test it with a real build`);
    }
    const before = texts.get(file) ?? readFileSync(join(ROOT, file), 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`plan-edits: the edit of ${file} changed nothing`);
    texts.set(file, after);
  }
  const files = readPlanFiles(ROOT).map((f) => (texts.has(f.file) ? { file: f.file, text: texts.get(f.file)! } : f));
  const module = <T>(file: string, real: () => Promise<T>) => (texts.has(file) ? () => importEdited<T>(file, texts.get(file)!) : real);
  const problems = await planSourceProblems({
    files,
    official: texts.get(SOURCE_FILE) ?? readFileSync(join(ROOT, SOURCE_FILE), 'utf8'),
    indicators: module('src/data/indicators.ts', () => import('../../src/data/indicators.ts')),
    targets: module('src/data/targets.ts', () => import('../../src/data/targets.ts')),
    errata: module('src/data/errata.ts', () => import('../../src/data/errata.ts')),
  });
  // As printed: a message's continuation lines joined to its first (test/support/refusals.ts problemLines).
  return problems.map((p) =>
    formatProblem(p)
      .split('\n')
      .map((l) => l.trim())
      .join(' '),
  );
}
