/**
 * The data module against the official text: every header cell, category row, row label and value of
 * 专栏1 and 专栏2 in content/source/plan-source.txt (tab-separated there), with the listed repairs
 * applied, must equal what src/data/indicators.ts holds, so the data cannot drift from the plan.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicators, indicatorTables } from '../../../src/data/indicators.ts';
import { errata } from '../../../src/data/errata.ts';
import { attributeLabel, rowLabel } from '../../../src/lib/indicators/describe.ts';
import { tableNoteId, tableRowId } from '../../../src/lib/anchors.ts';
import { SOURCE_TXT } from '../../support/paths.ts';

interface PrintedTable {
  header: string[];
  categories: string[];
  rows: string[][];
  note: string;
}

function printedTable(column: number): PrintedTable {
  const lines = readFileSync(SOURCE_TXT, 'utf8').split('\n');
  const start = lines.findIndex((l) => new RegExp(`^专栏 ?${column}[ “]`).test(l) && l.includes('\t'));
  const cells = (l: string) =>
    l
      .split('\t')
      .map((c) => c.trim())
      .filter((c, i, all) => c !== '' || all.slice(i).some((x) => x.trim() !== ''));
  const fix = (text: string, anchor: string) => errata.filter((e) => e.anchor === anchor).reduce((t, e) => t.replace(e.original, e.corrected), text);
  const table: PrintedTable = { header: cells(lines[start + 1]!), categories: [], rows: [], note: '' };
  for (const line of lines.slice(start + 2)) {
    if (line.trim() === '') continue;
    const row = cells(line);
    if (row[0]!.startsWith('注')) {
      table.note = fix(row[0]!, tableNoteId(column));
      break;
    }
    if (row.length === 1) table.categories.push(row[0]!);
    else table.rows.push([fix(row[0]!, tableRowId(column, table.rows.length + 1)), ...row.slice(1)]);
  }
  return table;
}

describe.each([1, 2] as const)('专栏%i in the data module', (column) => {
  const printed = printedTable(column);
  const table = indicatorTables.find((t) => t.column === column)!;
  const rows = indicators.filter((i) => i.column === column);

  it('has the header, category rows and note as printed', () => {
    expect(table.header).toEqual(printed.header);
    expect(table.categories.map((c) => c.label)).toEqual(printed.categories);
    expect(table.note).toBe(printed.note);
  });

  it('has every row of the official table, in order', () => {
    expect(rows.map(rowLabel)).toEqual(printed.rows.map((r) => r[0]));
  });

  it.each(printed.rows.map((r, i) => [i + 1, r] as const))('row %i: every value as printed', (n, cells) => {
    const ind = rows[n - 1]!;
    const third = column === 1 ? ind.actual!.text : attributeLabel(ind);
    expect([rowLabel(ind), ind.base.text, ind.target.text, third]).toEqual(cells);
  });
});

describe('the data module', () => {
  it('holds 13 indicators for 专栏1 and 27 for 专栏2', () => {
    expect(indicators.filter((i) => i.column === 1)).toHaveLength(13);
    expect(indicators.filter((i) => i.column === 2)).toHaveLength(27);
  });

  it('marks the 约束性 indicators of 专栏2', () => {
    expect(indicators.filter((i) => i.attribute === 'binding').map((i) => i.name)).toEqual(['失业保险参保人数', '工伤保险参保人数']);
  });
});

describe('the reviewed links from 专栏2 rows to the 专栏1 rows that measure the same quantity', () => {
  const links = indicators.filter((ind) => ind.continues);

  it('are the nine reviewed pairs, each 专栏1 row continued at most once', () => {
    expect(links.map((ind) => [ind.id, ind.continues])).toEqual([
      ['plan14-urban-new-jobs', 'plan13-urban-new-jobs'],
      ['plan14-registered-unemployment-rate', 'plan13-registered-unemployment-rate'],
      ['plan14-rural-labour-transferred', 'plan13-rural-labour-transferred'],
      ['plan14-pension-coverage-rate', 'plan13-pension-coverage-rate'],
      ['plan14-unemployment-insurance-insured', 'plan13-unemployment-insurance-insured'],
      ['plan14-work-injury-insurance-insured', 'plan13-work-injury-insurance-insured'],
      ['plan14-professional-technical-talent', 'plan13-professional-technical-talent'],
      ['plan14-high-skilled-talent', 'plan13-high-skilled-talent'],
      ['plan14-arbitration-closure-rate', 'plan13-arbitration-closure-rate'],
    ]);
    expect(new Set(links.map((ind) => ind.continues)).size).toBe(links.length);
  });

  it.each(links.map((ind) => [ind.id, ind] as const))('%s: same unit, and its 2020 value is the 十三五 row’s 2020 result', (_, ind) => {
    const earlier = indicators.find((i) => i.id === ind.continues)!;
    expect(earlier.column).toBe(1);
    expect(ind.unit).toBe(earlier.unit);
    expect(ind.base.kind === 'number' && earlier.actual?.kind === 'number').toBe(true);
    if (ind.base.kind !== 'number' || earlier.actual?.kind !== 'number') return;
    expect(ind.base.value).toBe(earlier.actual.value);
    expect(ind.base.cumulative).toBe(earlier.actual.cumulative);
  });
});
