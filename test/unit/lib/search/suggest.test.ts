import { describe, expect, it } from 'vitest';
import { SEARCH_ALIASES } from '../../../../src/data/search-aliases.ts';
import { traditionalPairs } from '../../../../src/data/traditional.ts';
import { readPlan } from '../../../../src/integrations/plan/read-plan.ts';
import { normaliseQuery } from '../../../../src/lib/search/query.ts';
import { searchRecords } from '../../../../src/lib/search/records.ts';
import { verify } from '../../../../src/lib/search/results.ts';
import { hasSuggestions, suggest, suggestionChars, toSimplified } from '../../../../src/lib/search/suggest.ts';

// Every record of the plan: suggest() must give the same whatever superset of the needed records it gets.
const records = searchRecords(readPlan()).map((r, o) => ({ ...r, o }));
const count = (q: string) => verify(records, normaliseQuery(q).terms).length;
const run = (q: string) => suggest(normaliseQuery(q).terms, records, SEARCH_ALIASES);
const offered = (s: { terms: string[]; count: number }[]) => s.map((x) => [x.terms.join(' '), x.count]);

describe('suggest', () => {
  it.each([
    ['社保卡', [['社会保障卡', 7]]],
    ['社会保障卡', [['社保卡', 4]]],
    [
      '人社',
      [
        ['人力资源和社会保障', 18],
        ['人力资源社会保障', 4],
      ],
    ],
    ['欠薪', [['拖欠农民工工资', 2]]],
    ['电子社保卡 覆盖', []],
  ])('offers for %s the other forms the plan uses, each with its count: %j', (q, want) => {
    expect(offered(run(q).aliases)).toEqual(want);
  });

  it('counts each offer as the search it runs would', () => {
    for (const q of ['社保卡', '社保', '人社 公共服务', '社会保险待遇'])
      for (const a of run(q).aliases) expect(a.count, a.terms.join(' ')).toBe(count(a.terms.join(' ')));
  });

  it('offers the longest pieces of a term found nowhere that occur, and the pieces together when they occur together', () => {
    const s = run('延迟退休');
    expect(s.parts).toEqual([
      {
        term: '延迟退休',
        pieces: [
          { terms: ['延迟'], count: count('延迟') },
          { terms: ['退休'], count: count('退休') },
        ],
        together: { terms: ['延迟', '退休'], count: count('延迟 退休') },
      },
    ]);
    expect(count('延迟 退休')).toBeGreaterThan(0);
  });

  it('offers nothing for a term whose characters occur only one by one, or nowhere', () => {
    for (const q of ['医保', '元宇宙']) {
      expect(run(q).parts, q).toEqual([]);
      expect(hasSuggestions(run(q)), q).toBe(false);
    }
  });

  it('for several terms, counts each alone and offers the sections holding all of them beyond the results', () => {
    const s = run('乡村振兴 劳务品牌');
    expect(offered(s.terms)).toEqual([
      ['乡村振兴', count('乡村振兴')],
      ['劳务品牌', count('劳务品牌')],
    ]);
    expect(s.sections.length).toBeGreaterThan(0);
    for (const section of s.sections) {
      const record = records.find((r) => r.page === section.page && r.passages[0]!.anchor === section.anchor)!;
      expect(section.label).toBe(record.path.join(' › '));
      for (const term of ['乡村振兴', '劳务品牌'])
        expect(
          record.passages.some((p) => p.text.includes(term)),
          `${section.label} ${term}`,
        ).toBe(true);
    }
    // Terms in different paragraphs only: 农民工 and 技能 in 专栏2 share no row.
    expect(run('农民工 技能').sections.map((x) => x.anchor)).toContain('column-2');
    expect(run('就业').sections).toEqual([]);
  });

  it('counts a term found nowhere among several as 0', () => {
    expect(offered(run('乡村振兴 医保').terms)).toEqual([
      ['乡村振兴', count('乡村振兴')],
      ['医保', 0],
    ]);
  });

  it('asks for records holding the characters of the terms and of every alias form they could become', () => {
    expect(new Set(suggestionChars(['社保卡'], SEARCH_ALIASES))).toEqual(new Set([...'社保卡会障险']));
  });
});

describe('toSimplified', () => {
  it('reads traditional characters as the simplified ones the plan uses', () => {
    expect(toSimplified(['養老保險', '就業'], traditionalPairs())).toEqual(['养老保险', '就业']);
  });

  it("changes nothing in a query in the plan's own characters (and says so with undefined)", () => {
    expect(toSimplified(['养老保险', 'APP', '95%'], traditionalPairs())).toBeUndefined();
  });
});
