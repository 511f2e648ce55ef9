/**
 * What an indicator record of 专栏1 and 专栏2 must hold, and the check that runs when the data
 * module loads (so at every build): a bad record stops the build with a message naming the
 * indicator and the field, one per real error. Schemas are strict: a misspelt key is an error.
 * Whether the anchors in `sections` exist is checked against the plan model (src/lib/plan/check-plan.ts).
 */
import { z } from 'astro/zod';
import { isAnchorOf } from '../anchors.ts';
import { ContentError, type Problem } from '../plan/problems.ts';
import { fieldIssues, keysOf } from '../schema-issues.ts';
import { formatPlanValue, PlanValueSchema, type PlanValue } from './plan-value.ts';

const FILE = 'src/data/indicators.ts';

/** Categories as ids; each table prints its own label for them (三、人才队伍建设 / 四、人才人事). */
const CATEGORY_IDS = ['employment', 'social-security', 'hr-services', 'talent', 'labour-relations', 'public-service'] as const;

export const ATTRIBUTES = { expected: '预期性', binding: '约束性' } as const;

const IndicatorFields = z.strictObject({
  /** Stable ASCII id, also the indicator's anchor on /indicators/: plan14-unemployment-insurance-insured. */
  id: z.string().regex(/^plan1[34]-[a-z0-9-]+$/, 'ids are plan13-… or plan14-… followed by lowercase ASCII words joined by hyphens'),
  /** The table: 1 = 专栏1 (十三五 results), 2 = 专栏2 (十四五 targets). */
  column: z.union([z.literal(1), z.literal(2)]),
  /** The plan's own number of the row (1.–27.). */
  n: z.number().int().min(1),
  /** The category row the indicator stands under. */
  category: z.enum(CATEGORY_IDS),
  /** Name as printed, without the number, 其中： and unit. */
  name: z.string().min(1),
  /** Unit as printed in the brackets (万人, %, 亿元); null only where the plan prints none (a ratio). */
  unit: z.string().min(1).nullable(),
  /** For 其中 rows: the id of the indicator the row is part of. */
  parent: z.string().optional(),
  /** First value column: 2015 基数 in 专栏1, 2020年 in 专栏2. */
  base: PlanValueSchema,
  /** 十三五规划目标 in 专栏1, 2025年 in 专栏2. */
  target: PlanValueSchema,
  /** 2020年完成数: 专栏1 only. */
  actual: PlanValueSchema.optional(),
  /** 属性: 专栏2 only. */
  attribute: z.enum(['expected', 'binding']).optional(),
  /**
   * 专栏2 only: the id of the 专栏1 indicator that measures the same quantity (reviewed by hand, never
   * matched by name). The build checks that both have the same unit and that this row's 2020 value is
   * that row's 2020 result; the two rows then make one series 2015 → 2020 → 2025.
   */
  continues: z.string().optional(),
  /** Anchors of the sections, 专栏 or items of the plan that deal with the indicator (专栏2 only). */
  sections: z
    .array(
      z.string().refine((a) => isAnchorOf(a, ['section', 'column', 'item']), 'an anchor of a section, 专栏 or 专栏 item, such as s3-1, column-7 or column-7-2'),
    )
    .default([]),
});

export const IndicatorSchema = IndicatorFields.superRefine((ind, ctx) => {
  const values: [string, PlanValue | undefined][] = [
    ['base', ind.base],
    ['target', ind.target],
    ['actual', ind.actual],
  ];
  for (const [field, v] of values) {
    if (v && v.kind === 'number' && formatPlanValue({ ...v, cumulative: !v.cumulative }) === v.text) {
      // Only the flag is off: say which one, and what the brackets mean.
      const printed = v.cumulative ? 'is not in brackets (a level, not a five-year total)' : 'is in brackets (a five-year cumulative total)';
      ctx.addIssue({
        code: 'custom',
        path: [field, 'cumulative'],
        message: `is ${v.cumulative}, but the printed text "${v.text}" ${printed}: set cumulative: ${!v.cumulative}`,
      });
    } else if (v && formatPlanValue(v) !== v.text) {
      ctx.addIssue({ code: 'custom', path: [field], message: `value does not match the printed text "${v.text}" (reads as "${formatPlanValue(v)}")` });
    }
  }
  if (ind.column === 1 && !ind.actual) ctx.addIssue({ code: 'custom', path: ['actual'], message: '专栏1 rows need the 2020 result' });
  if (ind.column === 2 && ind.actual) ctx.addIssue({ code: 'custom', path: ['actual'], message: '专栏2 rows have no result column' });
  if (ind.column === 2 && !ind.attribute) ctx.addIssue({ code: 'custom', path: ['attribute'], message: '专栏2 rows need 预期性 or 约束性' });
  if (ind.column === 1 && ind.attribute) ctx.addIssue({ code: 'custom', path: ['attribute'], message: '专栏1 has no attribute column' });
  if (ind.column === 1 && ind.continues)
    ctx.addIssue({ code: 'custom', path: ['continues'], message: 'only a 专栏2 row continues a 专栏1 row (put the link on the 专栏2 row)' });
  const numeric = values.some(([, v]) => v?.kind === 'number');
  if (ind.unit === null && numeric) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'a numeric indicator needs its unit' });
});
export type Indicator = z.output<typeof IndicatorSchema>;

export const IndicatorTableSchema = z.strictObject({
  /** 1 or 2 */
  column: z.union([z.literal(1), z.literal(2)]),
  /** The 专栏 title as printed. */
  title: z.string().min(1),
  /** Header cells as printed. */
  header: z.array(z.string().min(1)),
  /** Category rows as printed, in order, with their ids. */
  categories: z.array(z.strictObject({ id: z.enum(CATEGORY_IDS), label: z.string().min(1) })),
  /** The note under the table as it reads on the site. */
  note: z.string().min(1),
});
export type IndicatorTable = z.infer<typeof IndicatorTableSchema>;

/** How messages name a record: 专栏2 indicator "plan14-x" (row 9). */
function describe(raw: unknown, index: number): string {
  const r = (raw ?? {}) as { id?: unknown; column?: unknown; n?: unknown };
  const where = typeof r.column === 'number' ? `专栏${r.column} ` : '';
  const row = typeof r.n === 'number' ? ` (row ${r.n})` : '';
  return `${where}indicator ${typeof r.id === 'string' ? `"${r.id}"` : `#${index + 1}`}${row}`;
}

const VALUE_KEYS = ['kind', 'text', 'value', 'comparator', 'cumulative', 'parts'];
const knownKeys = (path: string): readonly string[] => (path === '' ? keysOf(IndicatorFields) : /^(base|target|actual)$/.test(path) ? VALUE_KEYS : []);

/**
 * Validates every record and the set as a whole. Throws a ContentError listing each problem as
 * `专栏2 indicator "plan14-x" (row 9), field "unit": …`. The checks across records (numbering,
 * parents, category order) run only when every record is well-formed: a broken record would make
 * them report every later row as well.
 */
export function parseIndicators(tables: readonly unknown[], raw: readonly unknown[]): { tables: IndicatorTable[]; indicators: Indicator[] } {
  const problems: Problem[] = [];
  const add = (record: string, field: string, message: string) => problems.push({ file: FILE, record, field, message });
  const parsedTables = tables.map((t, i) => {
    const r = IndicatorTableSchema.safeParse(t);
    if (!r.success)
      for (const issue of fieldIssues(r.error, (path) => (path === '' ? keysOf(IndicatorTableSchema) : []))) add(`table #${i + 1}`, issue.field, issue.message);
    return r.data;
  });
  const indicators: Indicator[] = [];
  raw.forEach((item, i) => {
    const r = IndicatorSchema.safeParse(item);
    if (!r.success) {
      for (const issue of fieldIssues(r.error, knownKeys)) add(describe(item, i), issue.field, issue.message);
      return;
    }
    indicators.push(r.data);
  });
  if (problems.length) throw new ContentError(`Invalid indicator data in ${FILE}`, problems);
  const seen = new Set<string>();
  for (const ind of indicators) {
    if (seen.has(ind.id)) add(describe(ind, 0), 'id', 'duplicate id');
    seen.add(ind.id);
  }
  for (const column of [1, 2] as const) {
    const rows = indicators.filter((ind) => ind.column === column);
    let misnumbered = false;
    rows.forEach((ind, i) => {
      // The first row out of place says it; a row added or removed puts every later one out of place too.
      if (ind.n !== i + 1 && !misnumbered) {
        add(describe(ind, i), 'n', `rows must be numbered 1, 2, 3 … in order; expected ${i + 1}`);
        misnumbered = true;
      }
      if (ind.parent && !rows.slice(0, i).some((p) => p.id === ind.parent && !p.parent)) {
        add(describe(ind, i), 'parent', `"${ind.parent}" is not an earlier top-level row of the same table`);
      }
    });
    const table = parsedTables.find((t) => t?.column === column);
    if (table) {
      const order = [...new Set(rows.map((r) => r.category))];
      if (order.join() !== table.categories.map((c) => c.id).join()) {
        const unknown = rows.find((r) => !table.categories.some((c) => c.id === r.category));
        if (unknown) add(describe(unknown, 0), 'category', `"${unknown.category}" is not a category of 专栏${column}`);
        else problems.push({ file: FILE, record: `专栏${column}`, message: "rows are not grouped in the order of the table's categories" });
      }
    }
  }
  // `continues` links are checked with the plan (checkPlan), once the rows' printed values are known
  // to be the official ones: a changed value would otherwise be reported as a broken link too.
  if (problems.length) throw new ContentError(`Invalid indicator data in ${FILE}`, problems);
  return { tables: parsedTables as IndicatorTable[], indicators };
}

/**
 * A 专栏2 row's `continues` link must name a 专栏1 row that measures the same quantity: the same unit,
 * and the 2020 value of the 专栏2 row equal to the 2020 result of the 专栏1 row (same number, both a
 * five-year total or both a level). Each 专栏1 row is continued at most once.
 */
export function checkContinuations(indicators: readonly Indicator[], report: (ind: Indicator, message: string) => void): void {
  const taken = new Map<string, string>();
  for (const ind of indicators) {
    if (!ind.continues) continue;
    // Two rows with that id: the duplicate is the problem (reported by the schema check), not the link.
    if (indicators.filter((i) => i.id === ind.continues).length > 1) continue;
    const earlier = indicators.find((i) => i.id === ind.continues);
    if (!earlier || earlier.column !== 1) {
      report(ind, `"${ind.continues}" is not an indicator of 专栏1`);
      continue;
    }
    if (earlier.unit !== ind.unit)
      report(ind, `"${earlier.id}" is counted in ${earlier.unit ?? 'no unit'}, this row in ${ind.unit ?? 'no unit'}: not the same quantity`);
    const actual = earlier.actual;
    const same = actual?.kind === 'number' && ind.base.kind === 'number' && actual.value === ind.base.value && actual.cumulative === ind.base.cumulative;
    if (!same) report(ind, `this row's 2020 value ${ind.base.text} is not the 2020 result of "${earlier.id}" (${actual?.text ?? '—'}): not the same quantity`);
    const other = taken.get(earlier.id);
    if (other) report(ind, `"${earlier.id}" is already continued by "${other}"`);
    taken.set(earlier.id, ind.id);
  }
}
