/**
 * The one real build of the results wiring: a scratch copy built with the test fixture as
 * content/data/results.json (sample values, marked as not real), two related documents in the
 * publisher's settings and SOURCE_DATE_EPOCH in 2025. The results show with their sources and a
 * status on /results/ (the rule written out), on the indicator's page, in its chart and in its CSV;
 * the period reads as current; the related documents are listed. The build as shipped (no results,
 * no related documents, built from 2026) is checked by test/site/period.test.ts. The file's checks
 * are unit tests (test/unit/lib/results/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import { ROOT } from '../support/paths.ts';
import { scratchBuilds, type BuildResult } from '../support/scratch-build.ts';
import { RULE } from '../../src/lib/results/status.ts';
import { PERIOD_SENTENCES } from '../../src/lib/plan-period.ts';

const scratch = scratchBuilds('plan-results-shown-');
const fixture = readFileSync(join(ROOT, 'test/fixtures/results/results.json'), 'utf8');
const RELATED = [
  { relation: 'interpretation', title: '样例规划解读（测试用）', issuer: '样例发布机关', date: '2021-10-08', url: 'https://example.test/jiedu.html' },
  { relation: 'final-review', title: '样例总结评估报告（测试用）' },
];
let result: BuildResult;
beforeAll(() => {
  result = scratch.buildWithEdits(
    [
      { file: 'content/data/results.json', edit: () => fixture },
      { file: 'content/settings/publisher.json', edit: (text) => JSON.stringify({ ...JSON.parse(text), related: RELATED }, null, 2) },
    ],
    // 2025-06-15: inside the period.
    { env: { SITE_URL: 'https://plan.test', SOURCE_DATE_EPOCH: '1750000000' } },
  );
}, 300_000);
afterAll(() => scratch.cleanup());

const html = (page: string): CheerioAPI => load(readFileSync(join(result.outDir, page, 'index.html'), 'utf8'));
const squash = (s: string) => s.replace(/\s+/gu, '');

describe('a build with results, related documents and a date in 2025', () => {
  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('says the period is current, links the results and lists the related documents, only those set', () => {
    const $ = html('');
    expect($('.plan-period p').first().text()).toBe(
      `${PERIOD_SENTENCES.current}发布机关公布的2021—2025年实际数值，本站收录了一部分，各附出处：主要指标完成情况。`,
    );
    expect($('.plan-period p a').attr('href')).toBe('/results/');
    expect(
      $('.plan-period .related li')
        .map((_, li) => squash($(li).text()))
        .get(),
    ).toEqual(['解读：《样例规划解读（测试用）》（样例发布机关，2021年10月8日）', '总结评估：《样例总结评估报告（测试用）》']);
    expect(
      $('.plan-period .related a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['https://example.test/jiedu.html']);
  });

  it('/results/ writes the rule and shows each value with its source and a status', () => {
    const $ = html('results');
    expect(
      $('#rule ~ ol li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual([...RULE]);
    const row = $('tr#plan14-unemployment-insurance-insured');
    expect(squash(row.find('td').eq(0).text())).toContain('“十四五”规划目标为2025年1200万人（专栏2）');
    expect(squash(row.find('td').eq(1).text())).toBe(
      squash(
        '2024年：1180万人，出处：样例发布机关《样例统计公报（测试用，不是真实数据）》（2026年3月1日）2025年：1215万人，出处：样例发布机关《样例统计公报（测试用，不是真实数据）》（2026年3月1日）',
      ),
    );
    expect(row.find('td').eq(1).find('a').first().attr('href')).toBe('https://example.test/bulletin-2025.html');
    expect(row.find('td').eq(2).text()).toBe('达到（2025年数值1215万人；目标形式：不低于目标（含等于））');
    expect($('tr#plan14-registered-unemployment-rate td').eq(2).text()).toBe('未达到（2025年数值4.6%；目标形式：低于目标）');
    expect($('tr#plan14-subsidised-skills-training td').eq(2).text()).toMatch(/^不作判断/u);
    // Only indicators with values are listed.
    expect($('#results-table tbody tr')).toHaveLength(6);
  });

  it('an indicator page shows its values, their sources and the status, and draws them in its chart', () => {
    const $ = html('indicators/plan14-unemployment-insurance-insured');
    expect(squash($('#results').parent().text())).toContain('2025年：1215万人，出处：样例发布机关《样例统计公报（测试用，不是真实数据）》（2026年3月1日）');
    expect(squash($('#results').parent().text())).toContain('判断：达到（2025年数值1215万人；目标形式：不低于目标（含等于））');
    expect($('figure tbody tr').last().find('th').text()).toBe('2025年实际数值');
    const svg = readFileSync(join(result.outDir, 'indicators/charts/plan14-unemployment-insurance-insured-320.svg'), 'utf8');
    expect(svg).toContain('2025年实际数值（样例发布机关公布）');
    expect(svg).toContain('>1215万人</text>');
  });

  it('the indicator’s CSV and the series data carry each value with its source', () => {
    const csv = readFileSync(join(result.outDir, 'data/indicators/plan14-unemployment-insurance-insured.csv'), 'utf8');
    expect(csv).toContain('出处文件');
    expect(csv).toMatch(
      /result2025,2025年实际数值,2025,实际数值（发布机关公布）,1215,1215,.*样例统计公报（测试用，不是真实数据）,样例发布机关,2026-03-01,https:\/\/example\.test\/bulletin-2025\.html/u,
    );
    const json = JSON.parse(readFileSync(join(result.outDir, 'data/indicators.json'), 'utf8')) as { records: { id: string; result_status: string | null }[] };
    expect(json.records.find((r) => r.id === 'plan14-rural-labour-transferred')!.result_status).toBe('达到（2025年数值2350万人；目标形式：在目标上下5%以内）');
  });
});
