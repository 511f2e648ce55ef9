/**
 * A quantitative target stated in the text of the plan (beyond the two indicator tables): what, the
 * number as printed, the unit, the deadline if one is stated, and the anchor of the paragraph.
 * Strict: a misspelt key is an error. Whether the anchor exists and its paragraph prints the number
 * is checked against the plan model (src/lib/plan/check-plan.ts).
 */
import { z } from 'astro/zod';
import { isAnchorOf } from '../anchors.ts';
import { ContentError, type Problem } from '../plan/problems.ts';
import { fieldIssues, keysOf } from '../schema-issues.ts';

const FILE = 'src/data/targets.ts';

export const TargetSchema = z.strictObject({
  /** Stable ASCII id: t- followed by the paragraph anchor and a running letter (t-s2-4-p1-a). */
  id: z.string().regex(/^t-[a-z0-9-]+$/, 'ids are t- followed by lowercase ASCII words joined by hyphens'),
  /** What is to be reached, in the plan's words. */
  what: z.string().min(1),
  /** The number; for a range (2—3个) its lower end. */
  value: z.number().positive(),
  /** Upper end of a range; absent otherwise. */
  max: z.number().positive().optional(),
  /** The unit as printed: 家, 万人次, %. */
  unit: z.string().min(1),
  /** The words around the number that qualify it: 以上, 左右, 至少, 以内, 突破, 各; empty when none. */
  qualifier: z.string().default(''),
  /** The number, unit and qualifier exactly as printed in the paragraph (spaces aside): “1.5万家”. */
  printed: z.string().min(1),
  /** The deadline or period the plan states (到2025年, “十四五”期间, 每年); null when none is stated. */
  deadline: z.string().min(1).nullable(),
  /** Anchor of the paragraph that states it: s2-4-p1, column-7-1-p1. */
  anchor: z.string().refine((a) => isAnchorOf(a, ['paragraph']), 'a paragraph anchor such as s2-4-p1 or column-7-1-p1'),
  /** The 专栏2 indicator the target restates, when it does. */
  indicator: z.string().regex(/^plan14-[a-z0-9-]+$/, 'the id of a 专栏2 indicator: plan14-…').optional(),
});
export type Target = z.output<typeof TargetSchema>;

/** Validates the list; throws a ContentError naming the target and field. Ids must be unique. */
export function parseTargets(raw: readonly unknown[]): Target[] {
  const problems: Problem[] = [];
  const out: Target[] = [];
  raw.forEach((item, i) => {
    const r = TargetSchema.safeParse(item);
    const id = (item as { id?: unknown })?.id;
    const record = `target ${typeof id === 'string' ? `"${id}"` : `#${i + 1}`}`;
    const add = (field: string, message: string) => problems.push({ file: FILE, record, field, message });
    if (!r.success) {
      for (const issue of fieldIssues(r.error, (path) => (path === '' ? keysOf(TargetSchema) : []))) add(issue.field, issue.message);
    } else {
      if (out.some((t) => t.id === r.data.id)) add('id', 'duplicate id');
      if (r.data.max !== undefined && r.data.max <= r.data.value) add('max', 'must be above value');
      out.push(r.data);
    }
  });
  if (problems.length) throw new ContentError(`Invalid targets in ${FILE}`, problems);
  return out;
}
