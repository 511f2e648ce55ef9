/**
 * A cell of the indicator tables as a value: the number with what the plan printed around it
 * (five-year cumulative [..], a comparator, a ratio, or — for no value), and the text as printed.
 */
import { z } from 'astro/zod';

export const COMPARATORS = ['<', '>', '≤', '≥'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const NumberValueSchema = z.strictObject({
  kind: z.literal('number'),
  /** The cell exactly as printed, e.g. "[≥100]". */
  text: z.string().min(1),
  /** The number itself, e.g. 100. */
  value: z.number(),
  /** Printed before the number: "<6" is below 6, "≥25" at least 25. Absent when none was printed. */
  comparator: z.enum(COMPARATORS).optional(),
  /** True when printed in [..]: a five-year cumulative total rather than a level at year end. */
  cumulative: z.boolean(),
});

const RatioValueSchema = z.strictObject({
  kind: z.literal('ratio'),
  /** The cell exactly as printed, e.g. "13:39:48". */
  text: z.string().min(1),
  /** The parts of the ratio in printed order. */
  parts: z.array(z.number()).min(2),
});

const NoValueSchema = z.strictObject({
  kind: z.literal('none'),
  /** The plan prints "—" where there is no value. */
  text: z.literal('—'),
});

export const PlanValueSchema = z.discriminatedUnion('kind', [NumberValueSchema, RatioValueSchema, NoValueSchema]);
export type PlanValue = z.infer<typeof PlanValueSchema>;
export type NumberValue = z.infer<typeof NumberValueSchema>;

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const CELL = new RegExp(String.raw`^(\[)?([<>≤≥])?(${NUMBER})(\])?$`);
const RATIO = new RegExp(String.raw`^${NUMBER}(?::${NUMBER})+$`);

/** Reads a printed cell: "[>425]", "3.63", "13:39:48", "—". Throws on anything else. */
export function parsePlanValue(text: string): PlanValue {
  if (text === '—') return { kind: 'none', text: '—' };
  if (RATIO.test(text)) return { kind: 'ratio', text, parts: text.split(':').map(Number) };
  const m = text.match(CELL);
  if (!m || Boolean(m[1]) !== Boolean(m[4])) throw new Error(`"${text}" is not a number, a [cumulative] number, a ratio or —`);
  return {
    kind: 'number',
    text,
    value: Number(m[3]),
    ...(m[2] ? { comparator: m[2] as Comparator } : {}),
    cumulative: Boolean(m[1]),
  };
}

/** The cell text a value prints as; parsePlanValue(formatPlanValue(v)) gives v back. */
export function formatPlanValue(v: PlanValue): string {
  switch (v.kind) {
    case 'none':
      return '—';
    case 'ratio':
      return v.parts.join(':');
    case 'number': {
      const inner = `${v.comparator ?? ''}${v.value}`;
      return v.cumulative ? `[${inner}]` : inner;
    }
  }
}
