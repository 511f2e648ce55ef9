/**
 * A quantitative target stated in the text of the plan (beyond the two indicator tables): what, the
 * number as printed, the unit, the deadline if one is stated, and the anchor of the paragraph.
 * Strict: a misspelt key is an error. Value, range, unit and qualifier are checked against the
 * printed phrase here (checkPrinted); whether the paragraph exists, prints the phrase and states the
 * deadline, and whether the indicator it names carries the same value and unit, against the plan
 * model and the indicators (src/lib/plan/check-plan.ts).
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
  indicator: z
    .string()
    .regex(/^plan14-[a-z0-9-]+$/, 'the id of a 专栏2 indicator: plan14-…')
    .optional(),
});
export type Target = z.output<typeof TargetSchema>;

/** Qualifiers printed before the number (至少1所, 突破100所, 各25个) and after the unit (425万人以上). */
const QUALIFIERS_BEFORE = ['至少', '突破', '各', '超过', '不低于', '不少于'] as const;
const QUALIFIERS_AFTER = ['以上', '以内', '以下', '左右'] as const;

/** A printed phrase read as number, range, unit and qualifier: "至少有1所", "2—3个", "2/3人口", "千户", "425万人以上". */
const PHRASE = new RegExp(
  String.raw`^(?<before>${QUALIFIERS_BEFORE.join('|')})?(?<filler>[^\d]{0,2}?)(?<num>\d+(?:\.\d+)?|[百千万](?=\D))(?:(?<sep>[-—~至])(?<max>\d+(?:\.\d+)?)|\/(?<den>\d+))?(?<rest>\D.*)$`,
  'u',
);

export interface PrintedForm {
  value: number;
  max?: number;
  /** The words after the number(s): unit, qualifier and anything the phrase goes on with. */
  rest: string;
  /** The qualifier printed before the number or right after `unit`, '' when none. */
  qualifierAt: (unit: string) => string;
}

/** Reads a printed phrase; null when it is not a number (or range or fraction) followed by words. */
export function readPrinted(printed: string): PrintedForm | null {
  const m = printed.replace(/\s+/gu, '').match(PHRASE);
  if (!m?.groups) return null;
  const g = m.groups;
  const n = ({ 百: 100, 千: 1000, 万: 10000 } as Record<string, number>)[g.num!] ?? Number(g.num);
  const value = g.den ? n / Number(g.den) : n;
  return {
    value,
    ...(g.max ? { max: Number(g.max) } : {}),
    rest: g.rest!,
    qualifierAt: (unit) => g.before ?? QUALIFIERS_AFTER.find((q) => g.rest!.startsWith(unit) && g.rest!.slice(unit.length).startsWith(q)) ?? '',
  };
}

/**
 * Value, range, unit and qualifier against the printed phrase, one message per field that disagrees:
 * value 452 with "425万人以上" is refused, so is unit "%" or qualifier "".
 */
export function checkPrinted(t: Target): { field: string; message: string }[] {
  const form = readPrinted(t.printed);
  if (!form)
    return [{ field: 'printed', message: `"${t.printed}" does not read as a number followed by its unit (such as "425万人以上", "2—3个", "至少1所")` }];
  const out: { field: string; message: string }[] = [];
  if (Math.abs(form.value - t.value) > 1e-9) out.push({ field: 'value', message: `is ${t.value}, but the printed phrase "${t.printed}" says ${form.value}` });
  if (form.max !== undefined && t.max !== form.max)
    out.push({ field: 'max', message: `is ${t.max ?? 'not set'}, but the printed phrase "${t.printed}" is a range up to ${form.max}` });
  if (form.max === undefined && t.max !== undefined) out.push({ field: 'max', message: `is ${t.max}, but the printed phrase "${t.printed}" is not a range` });
  if (!form.rest.startsWith(t.unit)) {
    out.push({ field: 'unit', message: `is "${t.unit}", but the printed phrase "${t.printed}" reads "${form.rest}" after the number` });
    return out;
  }
  const qualifier = form.qualifierAt(t.unit);
  if (qualifier !== t.qualifier)
    out.push({
      field: 'qualifier',
      message: `is "${t.qualifier}", but the printed phrase "${t.printed}" reads "${qualifier}"${qualifier ? '' : ' (no qualifier)'}`,
    });
  return out;
}

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
      for (const p of checkPrinted(r.data)) add(p.field, p.message);
      out.push(r.data);
    }
  });
  if (problems.length) throw new ContentError(`Invalid targets in ${FILE}`, problems);
  return out;
}
