import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../../src/lib/plan/check-plan.ts';
import { formatProblem } from '../../../../src/lib/plan/problems.ts';
import type { PlanModel } from '../../../../src/lib/plan/model.ts';
import { readPlan } from '../../../../src/integrations/plan/read-plan.ts';
import { indicators } from '../../../../src/data/indicators.ts';
import { targets } from '../../../../src/data/targets.ts';
import { errata } from '../../../../src/data/errata.ts';
import { SOURCE_TXT } from '../../../support/paths.ts';
import { chapterFile } from '../../../support/plan-facts.ts';

const official = readFileSync(SOURCE_TXT, 'utf8');
const data = { indicators, targets, errata };
/** The plan with some passages' text changed. */
const withText = (changes: Record<string, (text: string) => string>): PlanModel => {
  const plan = JSON.parse(JSON.stringify(readPlan())) as PlanModel;
  for (const p of plan.passages) if (changes[p.anchor]) p.text = changes[p.anchor]!(p.text);
  return plan;
};
const problems = (plan: PlanModel, d = data) => checkPlan(plan, d, official).map(formatProblem);

describe('checkPlan', () => {
  it('finds the plan as committed faithful, its data anchored', () => {
    expect(problems(readPlan())).toEqual([]);
  });

  it('reports each changed passage once, at its file and line, resynchronising after it', () => {
    const found = problems(withText({ 's3-1-p1': (t) => t.replace('全覆盖', '全复盖'), 's5-2-p1': (t) => t.replace('技能', '') }));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^content\/plan\/03-shehui-baozhang\.mdx:12: s3-1-p1 differs from the official text/);
    expect(found[1]).toMatch(/^content\/plan\/05-rencai\.mdx:41: s5-2-p1 differs from the official text/);
  });

  it('blames the erratum when the difference is inside its undone repair', () => {
    const wrong = errata.map((e) => (e.id === 'yigan-c8-p1' ? { ...e, original: '一千多枝' } : e));
    expect(problems(readPlan(), { ...data, errata: wrong })).toEqual([
      `src/data/errata.ts, erratum "yigan-c8-p1", field "original": at c8-p1 (${chapterFile(8)}:8) the official text reads “…建设规划纲要》，深化拓展“一千多【支、五区协同”等战略，坚持统筹协】”, not “一千多枝”`,
    ]);
  });

  it('reports a target whose paragraph no longer prints its number only when the text is faithful', () => {
    const moved = targets.map((t) => (t.id === 't-s2-4-p1-b' ? { ...t, anchor: 's2-4-p2' } : t));
    expect(problems(readPlan(), { ...data, targets: moved })).toEqual([
      'src/data/targets.ts, target "t-s2-4-p1-b", field "anchor": "s2-4-p2" is not a paragraph of the plan',
    ]);
    expect(problems(withText({ 's3-1-p1': (t) => `${t}多` }), { ...data, targets: moved })).toHaveLength(1);
  });
});
