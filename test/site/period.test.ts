/**
 * The plan after its period, on the built site as shipped (no results file entries, no related
 * documents set): home, the dashboard, /results/ and every indicator page say that the plan covers
 * 2021—2025 and where the build date stands (ended for a build from 2026, current in 2025), and that
 * the site holds the plan's targets, not results; no page writes the build date itself (rebuilds in
 * the same state are byte-identical). The build with results is test/build/results-shown.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { indicators } from '../../src/data/indicators.ts';
import { buildDate, PERIOD_SENTENCES, periodState } from '../../src/lib/plan-period.ts';
import { t } from '../../src/i18n/ui.ts';

const dist = BUILDS[0]!.dir;
assertBuilt(dist);
const page = (path: string) => loadHtml(join(dist, path, 'index.html'));
// The build and this test run the same day (npm test builds first); SOURCE_DATE_EPOCH, if set, is both's.
const expected = `${PERIOD_SENTENCES[periodState(buildDate())]}${t('period.noResults')}`;
const PAGES = ['', 'indicators/', 'results/', ...indicators.map((i) => `indicators/${i.id}/`)];

describe('the plan’s period', () => {
  it.each(PAGES)('/%s says the period and that the site holds targets, not results', (path) => {
    const $ = page(path);
    expect($('.plan-period p').first().text()).toBe(expected);
    expect($('.plan-period .related')).toHaveLength(0);
  });

  it('writes no build date into a page', () => {
    const today = buildDate();
    const forms = [today.toISOString().slice(0, 10), `${today.getUTCFullYear()}年${today.getUTCMonth() + 1}月${today.getUTCDate()}日`];
    for (const path of PAGES) for (const form of forms) expect(page(path).html(), `${path} ${form}`).not.toContain(form);
  });

  it('/results/ lists no value and says so plainly', () => {
    const $ = page('results');
    expect($('main').text()).toContain(t('results.none'));
    expect($('#results-table')).toHaveLength(0);
  });
});
