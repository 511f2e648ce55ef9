import { describe, expect, it } from 'vitest';
import { formatPlanValue, parsePlanValue } from '../../../../src/lib/indicators/plan-value.ts';

describe('parsePlanValue', () => {
  it('reads a plain number', () => {
    expect(parsePlanValue('1320.09')).toEqual({ kind: 'number', text: '1320.09', value: 1320.09, cumulative: false });
  });

  it('reads a five-year cumulative number with a comparator', () => {
    expect(parsePlanValue('[≥100]')).toEqual({ kind: 'number', text: '[≥100]', value: 100, comparator: '≥', cumulative: true });
    expect(parsePlanValue('[>425]')).toMatchObject({ value: 425, comparator: '>', cumulative: true });
  });

  it('reads an upper bound', () => {
    expect(parsePlanValue('≤4.5')).toMatchObject({ value: 4.5, comparator: '≤', cumulative: false });
    expect(parsePlanValue('<6')).toMatchObject({ value: 6, comparator: '<' });
  });

  it('reads a ratio and no value', () => {
    expect(parsePlanValue('13:39:48')).toEqual({ kind: 'ratio', text: '13:39:48', parts: [13, 39, 48] });
    expect(parsePlanValue('—')).toEqual({ kind: 'none', text: '—' });
  });

  it('rejects text that is not a value', () => {
    expect(() => parsePlanValue('约100')).toThrow(/"约100" is not a number/);
    expect(() => parsePlanValue('[100')).toThrow();
    expect(() => parsePlanValue('')).toThrow();
  });

  it('formats every kind back to the printed text', () => {
    for (const text of ['[457.27]', '≤4.5', '<6', '[≥25]', '13:40:47', '—', '9043']) {
      expect(formatPlanValue(parsePlanValue(text))).toBe(text);
    }
  });
});
