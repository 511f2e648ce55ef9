/**
 * Facts about the plan that tests compare with, each written once for all tests: the plan's full
 * title (the one literal of it in the tests; test/unit/lib/plan/plan-title.test.ts checks that the
 * site's site.fullName and the plan model's title equal it) and the chapters' file names, read from
 * content/plan (never written out: a renamed file moves every test with it).
 */
import { readPlanFiles } from '../../src/integrations/plan/plan-files.ts';
import { ROOT } from './paths.ts';

/** The plan's full title as the official text gives it, with its listed repair (no space before “十四五”). */
export const PLAN_TITLE = '四川省人力资源和社会保障事业发展“十四五”规划';

let files: string[] | undefined;

/** The MDX file of chapter `n` (0 is the preamble), relative to the project root: content/plan/03-shehui-baozhang.mdx. */
export function chapterFile(n: number): string {
  files ??= readPlanFiles(ROOT).map((f) => f.file);
  const prefix = `content/plan/${String(n).padStart(2, '0')}-`;
  const file = files.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`plan-facts: no file ${prefix}*.mdx in content/plan`);
  return file;
}
