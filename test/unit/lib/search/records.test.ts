import { describe, expect, it } from 'vitest';
import { searchRecords } from '../../../../src/lib/search/records.ts';
import { indicatorPath } from '../../../../src/lib/indicators/paths.ts';
import { readPlan } from '../../../../src/integrations/plan/read-plan.ts';
import { PLAN_TITLE } from '../../../support/plan-facts.ts';

const records = searchRecords(readPlan());
const on = (page: string) => records.filter((r) => r.page === page);

describe('searchRecords', () => {
  it('groups passages by preamble, chapter introduction, section and 专栏, with their path', () => {
    expect(on('')[0]!.path).toEqual([PLAN_TITLE]);
    expect(
      on('chapters/3/')
        .map((r) => r.path)
        .slice(0, 4),
    ).toEqual([
      ['第三章 健全多层次社会保障体系'],
      ['第三章 健全多层次社会保障体系', '第一节 全面实施全民参保计划'],
      ['第三章 健全多层次社会保障体系', '第二节 完善社会保障制度体系'],
      ['第三章 健全多层次社会保障体系', '第二节 完善社会保障制度体系', '专栏 5 社会保险制度建设'],
    ]);
  });

  it('keeps the plan text of each passage without whitespace, and marks headings', () => {
    const section = on('chapters/2/').find((r) => r.passages[0]!.anchor === 's2-4')!;
    expect(section.passages[0]).toEqual({ anchor: 's2-4', kind: 'text', text: '第四节促进创业带动就业', heading: true });
    expect(section.passages[1]!.text).toContain('扶持建设100家');
    expect(section.passages[1]!.heading).toBeUndefined();
  });

  it('tells 专栏 items from indicator tables, whose rows and header have anchors of their own', () => {
    const items = on('chapters/3/').find((r) => r.passages[0]!.anchor === 'column-5')!;
    expect(new Set(items.passages.map((p) => p.kind))).toEqual(new Set(['column']));
    const table = on('chapters/1/').find((r) => r.passages[0]!.anchor === 'column-1')!;
    expect(table.passages.slice(0, 4).map((p) => [p.anchor, p.kind, p.heading ?? false])).toEqual([
      ['column-1', 'indicator', true],
      ['column-1-head', 'indicator', false],
      ['column-1-cat1', 'indicator', false],
      ['column-1-r1', 'indicator', false],
    ]);
  });

  it("gives each indicator row its label, its values under the header's labels and its unit, and nothing else a row", () => {
    const table = on('chapters/1/').find((r) => r.passages[0]!.anchor === 'column-2')!;
    const row = table.passages.find((p) => p.anchor === 'column-2-r10')!;
    expect(row.row).toEqual({
      label: '10.工伤保险参保人数（万人）',
      values: [
        ['2020年', '1320.09'],
        ['2025年', '1470'],
        ['属性', '约束性'],
      ],
      unit: '万人',
    });
    expect(row.text).toBe(`${row.row!.label}${row.row!.values.map(([, v]) => v).join('')}`);
    expect(table.passages.find((p) => p.anchor === 'column-1-r8' || p.anchor === 'column-2-head')?.row).toBeUndefined();
    const ratio = on('chapters/1/')
      .flatMap((r) => r.passages)
      .find((p) => p.anchor === 'column-1-r8')!;
    expect(ratio.row!.unit).toBe('');
    expect(records.flatMap((r) => r.passages).filter((p) => p.row && p.kind !== 'indicator')).toEqual([]);
  });

  it("links an indicator row to the indicator's own page only when the site has it", () => {
    expect(records.flatMap((r) => r.passages).filter((p) => p.row?.page)).toEqual([]);
    const withPages = searchRecords(readPlan(), { hasPage: (path) => path === indicatorPath('plan14-work-injury-insurance-insured') });
    const linked = withPages.flatMap((r) => r.passages).filter((p) => p.row?.page);
    expect(linked.map((p) => [p.anchor, p.row!.page])).toEqual([['column-2-r10', 'indicators/plan14-work-injury-insurance-insured/']]);
  });

  it('puts the passages in document order, each page after the one before', () => {
    expect(records[0]!.page).toBe('');
    expect([...new Set(records.map((r) => r.page))]).toEqual(['', ...Array.from({ length: 10 }, (_, i) => `chapters/${i + 1}/`)]);
    expect(records.reduce((n, r) => n + r.passages.length, 0)).toBe(299);
  });
});
