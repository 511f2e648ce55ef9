/**
 * The wiring of the content checks: `npm run build` runs them before rendering and stops with their
 * messages. One real build with two bad edits of the plan's MDX (markup, and a space readers would
 * see); every other bad edit is tested at unit level on the same checks
 * (test/unit/integrations/plan/refused-*.test.ts).
 */
import { afterAll, expect, it } from 'vitest';
import { scratchBuilds } from '../support/scratch-build.ts';
import { expectRefused, lineOf, replaceOnce } from '../support/refusals.ts';
import { chapterFile } from '../support/plan-facts.ts';

const scratch = scratchBuilds('plan-content-');
afterAll(() => scratch.cleanup());

const CH2 = chapterFile(2);
const CH3 = chapterFile(3);

it("stops npm run build before rendering, printing the content checks' message for each bad edit of the MDX", () => {
  const result = scratch.buildWithEdits([
    { file: CH2, edit: replaceOnce('## 第二节 健全公共就业创业服务体系', '<script>alert(1)</script>\n\n## 第二节 健全公共就业创业服务体系') },
    { file: CH3, edit: replaceOnce('《四川省工伤保险条例》', '《四川省\u3000工伤保险\u3000条例》') },
  ]);
  expect(result.output).toContain('The plan has 2 problems; the build stops before rendering any page');
  expectRefused(
    result,
    `${CH2}:${lineOf(CH2, '## 第二节 健全公共就业创业服务体系')}: <script> is not allowed in plan content: it would run on every reader's page`,
    `${CH3}:${lineOf(CH3, '《四川省工伤保险条例》')}: s3-1-p1 has U+3000 IDEOGRAPHIC SPACE (the first of 2 such characters`,
  );
}, 180_000);
