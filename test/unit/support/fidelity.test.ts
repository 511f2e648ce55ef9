import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyErrata, expectedPlanText, firstDifference, squash, sourceWithoutToc } from '../../support/fidelity.ts';
import { errata } from '../../../src/data/errata.ts';
import { SOURCE_TXT } from '../../support/paths.ts';
import { PLAN_TITLE } from '../../support/plan-facts.ts';

const raw = readFileSync(SOURCE_TXT, 'utf8');
const expected = expectedPlanText(raw, errata);

describe('the fidelity comparison', () => {
  it('drops the table of contents but keeps the title', () => {
    const text = squash(sourceWithoutToc(raw));
    expect(text.startsWith(`${PLAN_TITLE}四川省人力`)).toBe(true);
    expect(text).not.toContain('.....');
  });

  it('applies every erratum and nothing else', () => {
    expect(expected).toContain('一干多支、五区协同');
    expect(expected).not.toContain('一千多支');
    expect(expected).toContain('单位和人群');
    expect(expected.length).toBe(squash(sourceWithoutToc(raw)).length - 2 - 1);
  });

  it('fails when an erratum names text that is not in the source', () => {
    expect(() => applyErrata('甲乙丙', [{ ...errata[0]!, original: '丁' }])).toThrow(/not found/);
  });

  it('accepts the same text with different whitespace', () => {
    expect(firstDifference(expected, squash(expected.replace(/。/g, '。\n  ')))).toBeNull();
  });

  it('reports a dropped sentence', () => {
    const dropped = expected.replace('稳定拓展社区服务岗位。', '');
    expect(firstDifference(expected, dropped)).toMatch(/differ at character/);
  });

  it('reports two sentences in the wrong order', () => {
    const a = '稳定拓展社区服务岗位。';
    const b = '进一步消除影响平等就业的政策制度障碍，营造更加公平的就业环境。';
    const swapped = expected.replace(a + b, b + a);
    expect(swapped).not.toBe(expected);
    expect(firstDifference(expected, swapped)).not.toBeNull();
  });

  it('reports a changed character', () => {
    expect(firstDifference(expected, expected.replace('工伤保险', '工商保险'))).toMatch(/【/);
  });

  it('reports added words', () => {
    expect(firstDifference(expected, expected.replace('统筹推进城乡就业。', '统筹推进城乡就业。我们补充的话。'))).not.toBeNull();
  });
});
