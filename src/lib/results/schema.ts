/**
 * The publisher's 2021—2025 results (content/data/results.json): actual values of the 专栏2 indicators,
 * each with the document that published it. Optional and shipped empty: the site holds the plan's
 * targets, and a result is shown only when the publisher has entered it with its source; nothing is
 * ever computed or guessed in its place. Checked as strictly as the indicators: strict objects (a
 * misspelt key is an error), every value with a source that names its title, issuer, date and
 * address, indicator ids and units as in src/data/indicators.ts, one value per indicator and year. A
 * problem stops the build with a message naming the file, the record and the field.
 */
import { z } from 'astro/zod';
import type { Indicator } from '../indicators/schema.ts';
import { ContentError, type Problem } from '../plan/problems.ts';
import { fieldIssues, keysOf } from '../schema-issues.ts';
import { PLAN_PERIOD } from '../plan-period.ts';

export const RESULTS_FILE = 'content/data/results.json';

const text = z.string().trim().min(1, 'write the text, or leave the record out');

/** A date as YYYY-MM-DD that exists on the calendar. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'write the date as YYYY-MM-DD, e.g. 2026-03-31')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'this date does not exist');

/** An http(s) address, or a file of the site itself (a path inside public/, such as "files/report.pdf"). */
const address = z.union([z.url({ protocol: /^https?$/u }), z.string().regex(/^(?!\/)(?![a-z][a-z0-9+.-]*:)[^\s?#]+$/iu)], {
  error: 'must be an http(s) address or a path inside public/ without a leading slash',
});

export const ResultSourceSchema = z.strictObject({
  title: text.describe("The document's title as published, without 《》: a 统计公报, a 总结评估 …"),
  issuer: text.describe('Who published it.'),
  date: isoDate.describe('Its date, YYYY-MM-DD.'),
  url: address.describe('Where a reader can check the value: an http(s) address, or a copy in public/.'),
});
export type ResultSource = z.infer<typeof ResultSourceSchema>;

/** A year of the period, or the whole period (a five-year total, for an indicator printed in []). */
export const PERIOD_TOTAL = `${PLAN_PERIOD.start}-${PLAN_PERIOD.end}` as const;

const YEAR_MESSAGE = `a year from ${PLAN_PERIOD.start} to ${PLAN_PERIOD.end}, or "${PERIOD_TOTAL}" for a five-year total`;

export const ResultSchema = z.strictObject({
  indicator: z
    .string()
    .regex(/^plan14-[a-z0-9-]+$/u, 'the id of a 专栏2 indicator: plan14-…')
    .describe('The 专栏2 indicator, by its id in src/data/indicators.ts (the address of its page): plan14-unemployment-insurance-insured.'),
  year: z
    .union([z.int(), z.literal(PERIOD_TOTAL)], { error: YEAR_MESSAGE })
    .refine((y) => y === PERIOD_TOTAL || (y >= PLAN_PERIOD.start && y <= PLAN_PERIOD.end), YEAR_MESSAGE)
    .describe(
      `The year the value stands for (${PLAN_PERIOD.start} … ${PLAN_PERIOD.end}), or "${PERIOD_TOTAL}" for the five-year total of an indicator printed in [].`,
    ),
  value: z.number().nonnegative().describe("The value as published, in the indicator's unit."),
  unit: text.describe("The indicator's unit as the plan prints it (万人, %, 亿元); must be the indicator's."),
  source: text.describe('The key of its source in "sources". A value without a source is refused.'),
  note: text.describe('What the source says about the value (a provisional figure, a definition that differs), in its words.').optional(),
});
export type Result = z.infer<typeof ResultSchema>;

const ResultsFileSchema = z.strictObject({
  $schema: z.string().describe('For editors: the JSON Schema that describes this file.').optional(),
  sources: z
    .record(z.string().regex(/^[a-z0-9-]+$/u, 'source keys are lowercase ASCII words joined by hyphens'), ResultSourceSchema)
    .describe('The documents the values come from, each under a key of your choice (lowercase ASCII): "bulletin-2025".')
    .default({}),
  results: z
    .array(ResultSchema)
    .describe("The values, each naming its indicator, year, unit and source. Empty: the site says it holds the plan's targets, not results.")
    .default([]),
});

export interface Results {
  sources: Record<string, ResultSource>;
  results: Result[];
}

const RESULT_KEYS = keysOf(ResultSchema);
const SOURCE_KEYS = keysOf(ResultSourceSchema);

/**
 * Reads the file's text and checks it against the indicators. Throws a ContentError listing every
 * problem as `content/data/results.json, result #3 ("plan14-x", 2025), field "unit": …`.
 */
export function parseResults(raw: string, indicators: readonly Indicator[], file = RESULTS_FILE): Results {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ContentError(`Invalid results in ${file}`, [{ file, message: `not valid JSON (${(error as Error).message})` }]);
  }
  const problems: Problem[] = [];
  const recordOf = (path: (string | number)[]): { record?: string; field: string } => {
    if (path[0] === 'results' && typeof path[1] === 'number') {
      const item = ((data as { results?: unknown[] }).results ?? [])[path[1]] as { indicator?: unknown; year?: unknown } | undefined;
      return { record: resultName(item, path[1]), field: path.slice(2).join('.') || '(record)' };
    }
    if (path[0] === 'sources' && typeof path[1] === 'string') return { record: `source "${path[1]}"`, field: path.slice(2).join('.') || '(record)' };
    return { field: path.join('.') || '(top level)' };
  };
  const parsed = ResultsFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of fieldIssues(parsed.error, (path) =>
      path === '' ? keysOf(ResultsFileSchema) : /^results\.\d+$/u.test(path) ? RESULT_KEYS : /^sources\.[^.]+$/u.test(path) ? SOURCE_KEYS : [],
    )) {
      const { record, field } = recordOf(issue.field === '(record)' ? [] : issue.field.split('.').map((p) => (/^\d+$/u.test(p) ? Number(p) : p)));
      problems.push({ file, ...(record ? { record } : {}), field, message: issue.message });
    }
    throw new ContentError(`Invalid results in ${file}`, problems);
  }
  const { sources, results } = parsed.data;
  const seen = new Map<string, number>();
  results.forEach((r, i) => {
    const add = (field: string, message: string) => problems.push({ file, record: resultName(r, i), field, message });
    const ind = indicators.find((x) => x.id === r.indicator);
    if (!ind || ind.column !== 2) {
      add('indicator', `"${r.indicator}" is not an indicator of 专栏2 (src/data/indicators.ts)`);
    } else {
      if (r.unit !== ind.unit) add('unit', `is "${r.unit}", but "${ind.id}" is counted in ${ind.unit ?? 'no unit'} (专栏2 row ${ind.n})`);
      const total = [ind.base, ind.target].some((v) => v.kind === 'number' && v.cumulative);
      if (r.year === PERIOD_TOTAL && !total)
        add('year', `"${PERIOD_TOTAL}" is a five-year total, but "${ind.id}" is a level at year end: give the value of a year`);
    }
    if (!(r.source in sources)) add('source', `"${r.source}" is not a key of "sources": every value needs its source (title, issuer, date, address)`);
    const key = `${r.indicator} ${r.year}`;
    if (seen.has(key)) add('year', `"${r.indicator}" already has a value for ${r.year} (result #${seen.get(key)! + 1})`);
    else seen.set(key, i);
  });
  if (problems.length) throw new ContentError(`Invalid results in ${file}`, problems);
  return { sources, results };
}

function resultName(r: { indicator?: unknown; year?: unknown } | undefined, i: number): string {
  const what = [typeof r?.indicator === 'string' ? `"${r.indicator}"` : '', typeof r?.year === 'number' || typeof r?.year === 'string' ? String(r.year) : '']
    .filter(Boolean)
    .join(', ');
  return `result #${i + 1}${what ? ` (${what})` : ''}`;
}

/** The file's JSON Schema (for editors), as written to content/data/results.schema.json. */
export const resultsJsonSchema = (): string => `${JSON.stringify(z.toJSONSchema(ResultsFileSchema, { io: 'input' }), null, 2)}\n`;
