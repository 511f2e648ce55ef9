import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../../src/lib/indicators/schema.ts';

const table = {
  column: 2,
  title: '“十四五”时期主要指标',
  header: ['指标', '2020年', '2025年', '属性'],
  categories: [{ id: 'social-security', label: '二、社会保障' }],
  note: '注：[]内为五年累计数。',
};
const good = {
  id: 'plan14-unemployment-insurance-insured',
  column: 2,
  n: 1,
  category: 'social-security',
  name: '失业保险参保人数',
  unit: '万人',
  base: { kind: 'number', text: '1047', value: 1047, cumulative: false },
  target: { kind: 'number', text: '1200', value: 1200, cumulative: false },
  attribute: 'binding',
  sections: ['s3-1'],
};
const parse = (...records: unknown[]) => parseIndicators([table], records);

describe('parseIndicators', () => {
  it('accepts a well-formed record and fills defaults', () => {
    const { indicators } = parse({ ...good, sections: undefined });
    expect(indicators[0]).toMatchObject({ id: good.id, sections: [] });
  });

  it('fails on a missing unit, naming the indicator and the field', () => {
    const { unit: _unit, ...noUnit } = good;
    expect(() => parse(noUnit)).toThrow(/专栏2 indicator "plan14-unemployment-insurance-insured" \(row 1\), field "unit"/);
  });

  it('fails on a numeric indicator whose unit is null', () => {
    expect(() => parse({ ...good, unit: null })).toThrow(/field "unit": a numeric indicator needs its unit/);
  });

  it('fails on an unknown category', () => {
    expect(() => parse({ ...good, category: 'pensions' })).toThrow(/"plan14-unemployment-insurance-insured".*field "category"/);
  });

  it('fails on a non-numeric value', () => {
    const target = { kind: 'number', text: '1200', value: '1200', cumulative: false };
    expect(() => parse({ ...good, target })).toThrow(/field "target.value"/);
  });

  it('fails when the number does not match the printed text', () => {
    const target = { kind: 'number', text: '1200', value: 1250, cumulative: false };
    expect(() => parse({ ...good, target })).toThrow(/field "target": value does not match the printed text "1200"/);
  });

  it('fails on a duplicate id', () => {
    expect(() => parse(good, { ...good, n: 2 })).toThrow(/field "id": duplicate id/);
  });

  it('fails on a 专栏2 record without its attribute', () => {
    expect(() => parse({ ...good, attribute: undefined })).toThrow(/field "attribute"/);
  });

  it('fails on a 其中 row whose parent is not an earlier row', () => {
    expect(() => parse({ ...good, parent: 'plan14-nothing' })).toThrow(/field "parent"/);
  });

  it('fails on a misspelt optional key instead of dropping it, suggesting the key it meant', () => {
    expect(() => parse({ ...good, parnet: 'plan14-x' })).toThrow(/field "parnet": unknown field \(did you mean "parent"\?\)/);
    expect(() => parse({ ...good, section: ['s3-1'] })).toThrow(/field "section": unknown field \(did you mean "sections"\?\)/);
    expect(() => parse({ ...good, base: { ...good.base, comparitor: '<' } })).toThrow(/field "base.comparitor": unknown field \(did you mean "comparator"\?\)/);
  });

  it('refuses a table row as an anchor of the plan that deals with an indicator', () => {
    expect(() => parse({ ...good, sections: ['column-1-r5'] })).toThrow(/field "sections.0": an anchor of a section, 专栏 or 专栏 item/);
  });

  it('reports one broken record once, not every row numbered after it', () => {
    const rows = [good, { ...good, id: 'plan14-b', n: 2, base: { ...good.base, value: 'x' } }, { ...good, id: 'plan14-c', n: 3 }, { ...good, id: 'plan14-d', n: 4 }];
    const error = (() => {
      try {
        parse(...rows);
      } catch (e) {
        return e as { problems: unknown[]; message: string };
      }
    })()!;
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(/indicator "plan14-b" \(row 2\), field "base.value"/);
  });

  it('reports a gap in the numbering once', () => {
    const rows = [good, { ...good, id: 'plan14-c', n: 3 }, { ...good, id: 'plan14-d', n: 4 }];
    expect(() => parse(...rows)).toThrow(/^Invalid indicator data in src\/data\/indicators.ts:\n  src\/data\/indicators.ts, 专栏2 indicator "plan14-c" \(row 3\), field "n": rows must be numbered 1, 2, 3 … in order; expected 2$/);
  });
});
