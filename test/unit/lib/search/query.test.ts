import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, normaliseQuery, usedQuery } from '../../../../src/lib/search/query.ts';
import { matchesAll } from '../../../../src/lib/search/comparable.ts';

describe('normaliseQuery', () => {
  it('splits the query into terms at any kind of space, dropping repeats', () => {
    expect(normaliseQuery('  欠薪\u3000农民工\t欠薪 ').terms).toEqual(['欠薪', '农民工']);
  });

  it('gives no terms for empty or blank input', () => {
    expect(normaliseQuery('').terms).toEqual([]);
    expect(normaliseQuery(' \u3000\n ').terms).toEqual([]);
  });

  it('turns full-width digits, letters and ％ into the half-width ones the plan uses', () => {
    expect(normaliseQuery('１２００ ９５％ ＡＰＰ').terms).toEqual(['1200', '95%', 'APP']);
  });

  it('keeps the full-width punctuation the plan itself writes', () => {
    expect(normaliseQuery('（万人）').terms).toEqual(['（万人）']);
  });

  it('removes invisible characters and keeps markup, regex characters and emoji as plain text', () => {
    expect(normaliseQuery('社\u200b保').terms).toEqual(['社保']);
    expect(normaliseQuery('<script>alert(1)</script>').terms).toEqual(['<script>alert(1)</script>']);
    expect(normaliseQuery('.*+?^$ 😀').terms).toEqual(['.*+?^$', '😀']);
  });

  it('cuts a very long query and says so', () => {
    const q = normaliseQuery('就'.repeat(10_000));
    expect(q.truncated).toBe(true);
    expect([...q.terms.join('')]).toHaveLength(MAX_QUERY_CHARS);
    expect(normaliseQuery('就业').truncated).toBe(false);
  });
});

describe('matchesAll', () => {
  it('needs every term as a substring, not its characters scattered', () => {
    expect(matchesAll('完善基本养老保险制度', ['养老保险'])).toBe(true);
    expect(matchesAll('养老服务和工伤保险', ['养老保险'])).toBe(false);
    expect(matchesAll('养老服务和工伤保险', ['养老', '保险'])).toBe(true);
  });

  it('ignores whitespace and the case of Latin letters', () => {
    expect(matchesAll('超过 500 万人', ['500万'])).toBe(true);
    expect(matchesAll('掌上APP', ['app'])).toBe(true);
  });

  it('treats regex characters literally', () => {
    expect(matchesAll('比例达到95%以上', ['95%'])).toBe(true);
    expect(matchesAll('比例达到95以上', ['9.'])).toBe(false);
  });

  it('matches nothing without terms', () => {
    expect(matchesAll('任何文字', [])).toBe(false);
  });
});

describe('usedQuery', () => {
  it('cuts the input after the last character the search uses, so the address carries no more', () => {
    expect(usedQuery('就'.repeat(10_000))).toBe('就'.repeat(MAX_QUERY_CHARS));
    expect(usedQuery('就业 养老')).toBe('就业 养老');
  });

  it('searches for exactly what the whole input searches for', () => {
    const inputs = [
      '就'.repeat(150),
      `${'a '.repeat(80)}${'乙'.repeat(80)}`,
      `\u200b${'丙'.repeat(99)}\u200b丁戊`,
      `${'e\u0301'.repeat(120)}`,
      '  ',
      '１２００ ９５％',
    ];
    for (const input of inputs) expect(normaliseQuery(usedQuery(input)).terms).toEqual(normaliseQuery(input).terms);
  });
});
