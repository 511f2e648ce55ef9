import { describe, expect, it } from 'vitest';
import { checkContinuations, parseIndicators } from '../../../../src/lib/indicators/schema.ts';

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
    const rows = [
      good,
      { ...good, id: 'plan14-b', n: 2, base: { ...good.base, value: 'x' } },
      { ...good, id: 'plan14-c', n: 3 },
      { ...good, id: 'plan14-d', n: 4 },
    ];
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
    expect(() => parse(...rows)).toThrow(
      /^Invalid indicator data in src\/data\/indicators.ts:\n {2}src\/data\/indicators.ts, 专栏2 indicator "plan14-c" \(row 3\), field "n": rows must be numbered 1, 2, 3 … in order; expected 2$/,
    );
  });
});

describe('continues: the link from a 专栏2 row to the 专栏1 row of the same quantity', () => {
  const t1 = {
    column: 1,
    title: '“十三五”时期主要指标完成情况',
    header: ['指标', '2015 年 基数', '“十三五” 规划目标', '2020 年 完成数'],
    categories: [{ id: 'social-security', label: '二、社会保障' }],
    note: '注：[]内为五年累计数。',
  };
  const earlier = {
    id: 'plan13-unemployment-insurance-insured',
    column: 1,
    n: 1,
    category: 'social-security',
    name: '失业保险参保人数',
    unit: '万人',
    base: { kind: 'number', text: '652.15', value: 652.15, cumulative: false },
    target: { kind: 'number', text: '700', value: 700, cumulative: false },
    actual: { kind: 'number', text: '1047', value: 1047, cumulative: false },
  };
  const both = (later: object, first: object = earlier) => parseIndicators([t1, table], [first, later]);
  // Checked with the plan, after the fidelity check (src/lib/plan/check-plan.ts): what it reports.
  const linkProblems = (later: object, first: object = earlier): string[] => {
    const found: string[] = [];
    checkContinuations(both(later, first).indicators, (ind, message) => found.push(`${ind.id}: ${message}`));
    return found;
  };

  it('accepts a link with the same unit and the 2020 result as the 2020 value', () => {
    expect(both({ ...good, continues: earlier.id }).indicators[1]!.continues).toBe(earlier.id);
    expect(linkProblems({ ...good, continues: earlier.id })).toEqual([]);
  });

  it('refuses a link to a row that does not exist or is not in 专栏1', () => {
    expect(linkProblems({ ...good, continues: 'plan13-nothing' })).toEqual([`${good.id}: "plan13-nothing" is not an indicator of 专栏1`]);
  });

  it('refuses a link between different units', () => {
    expect(linkProblems({ ...good, continues: earlier.id }, { ...earlier, unit: '%' }).join('\n')).toMatch(
      /counted in %, this row in 万人: not the same quantity/,
    );
  });

  it('refuses a link whose 2020 values differ', () => {
    const actual = { kind: 'number', text: '1046', value: 1046, cumulative: false };
    expect(linkProblems({ ...good, continues: earlier.id }, { ...earlier, actual }).join('\n')).toMatch(
      /this row's 2020 value 1047 is not the 2020 result of "plan13-unemployment-insurance-insured" \(1046\)/,
    );
  });

  it('refuses a link on a 专栏1 row', () => {
    expect(() => parseIndicators([t1], [{ ...earlier, continues: 'plan13-x' }])).toThrow(
      /专栏1 indicator .*field "continues": only a 专栏2 row continues a 专栏1 row/,
    );
  });
});
