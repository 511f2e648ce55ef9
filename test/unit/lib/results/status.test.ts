/** The one rule that compares results with targets, by the target's form (src/lib/results/status.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResults } from '../../../../src/lib/results/schema.ts';
import { resultStatus, statusText, targetForm } from '../../../../src/lib/results/status.ts';
import { indicators } from '../../../../src/data/indicators.ts';
import { stated } from '../../../../src/data/stated-targets.ts';
import { ROOT } from '../../../support/paths.ts';

const results = parseResults(readFileSync(`${ROOT}test/fixtures/results/results.json`, 'utf8'), indicators);
const byId = (id: string) => indicators.find((i) => i.id === id)!;
const status = (id: string) => statusText(byId(id), resultStatus(byId(id), results, stated));

describe('targetForm', () => {
  it('takes the table’s sign first, then the passage’s qualifier, else a level to reach', () => {
    expect(targetForm(byId('plan14-urban-new-jobs'), stated)).toBe('above');
    expect(targetForm(byId('plan14-registered-unemployment-rate'), stated)).toBe('below');
    expect(targetForm(byId('plan14-technical-school-enrolment'), stated)).toBe('at-least');
    expect(targetForm(byId('plan14-rural-labour-transferred'), stated)).toBe('around');
    expect(targetForm(byId('plan14-mediation-success-rate'), stated)).toBe('at-least');
  });
});

describe('resultStatus', () => {
  it('judges a level at its 2025 value', () => {
    expect(status('plan14-unemployment-insurance-insured')).toBe('达到（2025年数值1215万人；目标形式：不低于目标（含等于））');
    expect(status('plan14-registered-unemployment-rate')).toBe('未达到（2025年数值4.6%；目标形式：低于目标）');
  });

  it('takes 左右 as within 5% either side, as the page says', () => {
    expect(status('plan14-rural-labour-transferred')).toBe('达到（2025年数值2350万人；目标形式：在目标上下5%以内）');
    const far = { ...results, results: results.results.map((r) => (r.indicator === 'plan14-rural-labour-transferred' ? { ...r, value: 2270 } : r)) };
    expect(resultStatus(byId('plan14-rural-labour-transferred'), far, stated)).toMatchObject({ kind: 'judged', met: false });
  });

  it('judges a five-year target on the published total, or on all five years, and not on fewer', () => {
    expect(status('plan14-urban-new-jobs')).toBe('达到（2021—2025年累计数430万人；目标形式：高于目标）');
    expect(status('plan14-subsidised-skills-training')).toBe('不作判断：五年累计目标：没有2021—2025年累计数，年度数值也不全，不作判断。');
    const five = {
      ...results,
      results: [2021, 2022, 2023, 2024, 2025].map((year) => ({
        indicator: 'plan14-subsidised-skills-training',
        year,
        value: 61,
        unit: '万人次',
        source: 'sample-review',
      })),
    };
    expect(statusText(byId('plan14-subsidised-skills-training'), resultStatus(byId('plan14-subsidised-skills-training'), five, stated))).toBe(
      '达到（2021—2025年五个年度数值之和305万人次；目标形式：不低于目标（含等于））',
    );
  });

  it('gives no status without the value it needs', () => {
    expect(status('plan14-mediation-success-rate')).toBe('不作判断：年末目标：没有2025年的数值，不作判断。');
    expect(status('plan14-skilled-talent')).toBe('不作判断：发布机关尚未公布（或本站尚未收录）实际数值。');
  });
});
