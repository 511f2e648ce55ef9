import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { indicatorSeries, linkedRows } from '../../../../src/lib/indicators/series.ts';
import { allSeries, seriesRecords } from '../../../../src/lib/indicators/series-records.ts';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

describe('indicatorSeries', () => {
  it('joins a 专栏2 row with the 专栏1 row it continues: 2015 base, 十三五 target, 2020 result, 2025 target', () => {
    const s = indicatorSeries(byId('plan14-pension-coverage-rate'), indicators);
    expect(s.kind).toBe('levels');
    expect(s.points.map((p) => [p.key, p.year, p.value.text, p.from.column])).toEqual([
      ['base2015', 2015, '80.1', 1],
      ['target13', 2020, '90', 1],
      ['actual2020', 2020, '91.5', 1],
      ['target14', 2025, '95', 2],
    ]);
  });

  it('gives the 专栏1 row of a linked pair the same series as its 专栏2 row', () => {
    const a = indicatorSeries(byId('plan13-pension-coverage-rate'), indicators);
    const b = indicatorSeries(byId('plan14-pension-coverage-rate'), indicators);
    expect(a.points).toEqual(b.points);
  });

  it('keeps an unlinked row to its own table: 2020 vs 2025, or 2015, target and 2020', () => {
    expect(indicatorSeries(byId('plan14-senior-title-talent'), indicators).points.map((p) => p.label)).toEqual(['2020年', '“十四五”规划目标（2025年）']);
    expect(indicatorSeries(byId('plan13-labour-contract-rate'), indicators).points.map((p) => p.key)).toEqual(['base2015', 'target13', 'actual2020']);
  });

  it('names five-year totals as such and never mixes them with year-end levels', () => {
    const s = indicatorSeries(byId('plan14-urban-new-jobs'), indicators);
    expect(s.kind).toBe('totals');
    expect(s.points.every((p) => p.label.endsWith('（五年累计）'))).toBe(true);
    for (const ind of indicators) {
      const series = indicatorSeries(ind, indicators);
      const numbers = series.points.flatMap((p) => (p.value.kind === 'number' ? [p.value.cumulative] : []));
      expect(new Set(numbers).size, ind.id).toBeLessThanOrEqual(1);
    }
  });

  it('says when there is no number to draw: a ratio', () => {
    expect(indicatorSeries(byId('plan13-professional-talent-ratio'), indicators).kind).toBe('ratio');
  });

  it('finds the linked rows in both directions', () => {
    expect(linkedRows(byId('plan13-arbitration-closure-rate'), indicators).plan14?.id).toBe('plan14-arbitration-closure-rate');
    expect(linkedRows(byId('plan14-arbitration-closure-rate'), indicators).plan13?.id).toBe('plan13-arbitration-closure-rate');
  });
});

describe('series records', () => {
  it('lists every quantity once: the 27 rows of 专栏2, then the 专栏1 rows no 专栏2 row continues', () => {
    const series = allSeries(indicators);
    expect(series).toHaveLength(27 + 13 - 9);
    expect(new Set(series.map((s) => s.indicator.id)).size).toBe(series.length);
  });

  it('name the table row each value comes from', () => {
    const records = seriesRecords(indicatorSeries(byId('plan14-pension-coverage-rate'), indicators));
    expect(records.map((r) => [r.point, r.anchor, r.value])).toEqual([
      ['base2015', 'column-1-r4', 80.1],
      ['target13', 'column-1-r4', 90],
      ['actual2020', 'column-1-r4', 91.5],
      ['target14', 'column-2-r8', 95],
    ]);
    expect(records.every((r) => r.series === 'plan14-pension-coverage-rate')).toBe(true);
  });
});
