import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { closestKey, fieldIssues, keysOf } from '../../../src/lib/schema-issues.ts';

const Schema = z
  .strictObject({ reason: z.string(), parent: z.string().optional(), value: z.strictObject({ text: z.string(), comparator: z.string().optional() }) })
  .superRefine((r, ctx) => {
    if (r.value.comparator === undefined) ctx.addIssue({ code: 'custom', path: ['value'], message: 'needs a comparator' });
  });
const issues = (input: unknown) =>
  fieldIssues(Schema.safeParse(input).error!, (path) =>
    path === '' ? keysOf(Schema as unknown as { shape: Record<string, unknown> }) : path === 'value' ? ['text', 'comparator'] : [],
  );

describe('fieldIssues', () => {
  it('names a misspelt key and the key it meant, once (not also as the missing key)', () => {
    expect(issues({ reasn: 'x', value: { text: 'a', comparator: '<' } })).toEqual([{ field: 'reasn', message: 'unknown field (did you mean "reason"?)' }]);
  });

  it('does not repeat a misspelt key of a value as the value’s own check', () => {
    expect(issues({ reason: 'x', value: { text: 'a', comparitor: '<' } })).toEqual([
      { field: 'value.comparitor', message: 'unknown field (did you mean "comparator"?)' },
    ]);
  });

  it('suggests nothing for a key unlike any', () => {
    expect(closestKey('colour', ['reason', 'parent'])).toBeUndefined();
    expect(closestKey('parnet', ['reason', 'parent'])).toBe('parent');
  });
});
