/**
 * The publisher's results file is read as strictly as the indicators: every value with a source that
 * names title, issuer, date and address; ids and units as in the plan; one value per indicator and
 * year. Each refusal names the file, the record and the field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResults, resultsJsonSchema, RESULTS_FILE } from '../../../../src/lib/results/schema.ts';
import { indicators } from '../../../../src/data/indicators.ts';
import { ROOT } from '../../../support/paths.ts';

const fixture = readFileSync(`${ROOT}test/fixtures/results/results.json`, 'utf8');
const source = { title: '样例统计公报', issuer: '样例发布机关', date: '2026-03-01', url: 'https://example.test/b' };
const one = { indicator: 'plan14-unemployment-insurance-insured', year: 2025, value: 1215, unit: '万人', source: 's' };
const file = (results: unknown[], sources: Record<string, unknown> = { s: source }) => JSON.stringify({ sources, results });
const refusal = (raw: string): string => {
  try {
    parseResults(raw, indicators);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('parseResults', () => {
  it('reads the shipped file as empty: the site holds the plan’s targets, not results', () => {
    expect(parseResults(readFileSync(`${ROOT}${RESULTS_FILE}`, 'utf8'), indicators)).toEqual({ sources: {}, results: [] });
  });

  it('reads the test fixture', () => {
    expect(parseResults(fixture, indicators).results).toHaveLength(8);
  });

  it('refuses a value without a source, and a source that is not listed', () => {
    const { source: _, ...bare } = one;
    expect(refusal(file([bare]))).toContain('content/data/results.json, result #1 ("plan14-unemployment-insurance-insured", 2025), field "source"');
    expect(refusal(file([{ ...one, source: 'elsewhere' }]))).toContain(
      'field "source": "elsewhere" is not a key of "sources": every value needs its source (title, issuer, date, address)',
    );
  });

  it('refuses a source without its issuer, date or address, or with a date that does not exist', () => {
    const { issuer: _, ...noIssuer } = source;
    expect(refusal(file([one], { s: noIssuer }))).toContain('content/data/results.json, source "s", field "issuer"');
    expect(refusal(file([one], { s: { ...source, date: '2026-02-30' } }))).toContain('source "s", field "date": this date does not exist');
    const { url: __, ...noUrl } = source;
    expect(refusal(file([one], { s: noUrl }))).toContain('source "s", field "url"');
  });

  it('refuses an id that is not a 专栏2 indicator, and a unit that is not the indicator’s', () => {
    expect(refusal(file([{ ...one, indicator: 'plan14-nothing' }]))).toContain('field "indicator": "plan14-nothing" is not an indicator of 专栏2');
    expect(refusal(file([{ ...one, indicator: 'plan13-unemployment-insurance-insured' }]))).toContain('field "indicator": the id of a 专栏2 indicator');
    expect(refusal(file([{ ...one, unit: '%' }]))).toContain(
      'field "unit": is "%", but "plan14-unemployment-insurance-insured" is counted in 万人 (专栏2 row 9)',
    );
  });

  it('refuses a year outside the period, a second value for the same year, and a five-year total of a level', () => {
    expect(refusal(file([{ ...one, year: 2026 }]))).toContain('field "year": a year from 2021 to 2025');
    expect(refusal(file([one, { ...one, value: 1216 }]))).toContain(
      'result #2 ("plan14-unemployment-insurance-insured", 2025), field "year": "plan14-unemployment-insurance-insured" already has a value for 2025 (result #1)',
    );
    expect(refusal(file([{ ...one, year: '2021-2025' }]))).toContain(
      'field "year": "2021-2025" is a five-year total, but "plan14-unemployment-insurance-insured" is a level at year end',
    );
  });

  it('refuses a misspelt key, suggesting the one it meant, and a negative value', () => {
    expect(refusal(file([{ ...one, sourse: 's' }]))).toContain('field "sourse": unknown field (did you mean "source"?)');
    expect(refusal(file([{ ...one, value: -3 }]))).toContain('field "value"');
  });

  it('says where invalid JSON is', () => {
    expect(refusal('{')).toMatch(/content\/data\/results\.json: not valid JSON/u);
  });

  it('comes with an up-to-date JSON Schema for editors (npm run results:schema)', () => {
    expect(readFileSync(`${ROOT}content/data/results.schema.json`, 'utf8')).toBe(resultsJsonSchema());
  });
});
