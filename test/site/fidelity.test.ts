/**
 * Every word of the official text, in order, with only the listed repairs: compared on the built HTML
 * of the full-text page, of each chapter page and of the home page (title and preamble).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errata } from '../../src/data/errata.ts';
import { expectedPlanText, firstDifference, pagePlanText, splitByChapter } from '../support/fidelity.ts';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS, SOURCE_TXT } from '../support/paths.ts';

const dist = BUILDS[0]!.dir;
const expected = expectedPlanText(readFileSync(SOURCE_TXT, 'utf8'), errata);

beforeAll(() => assertBuilt(dist));

describe('fidelity to the official text', () => {
  it('the full-text page shows the whole plan exactly', () => {
    const actual = pagePlanText(loadHtml(join(dist, 'full/index.html')));
    expect(firstDifference(expected, actual)).toBeNull();
  });

  it('the home page shows the title and preamble exactly', () => {
    const [front] = splitByChapter(expected, ['第一章']);
    expect(firstDifference(front!, pagePlanText(loadHtml(join(dist, 'index.html'))))).toBeNull();
  });

  const headings = ['第一章', '第二章', '第三章', '第四章', '第五章', '第六章', '第七章', '第八章', '第九章', '第十章'].map(
    (label, i) =>
      `${label}${['指导思想和主要目标', '推动实现更加充分更高质量就业', '健全多层次社会保障体系', '加快发展人力资源服务业', '激发人才创新活力', '构建更加和谐的劳动关系', '推进农民工工作战略性工程', '推进区域协调发展', '提高基本公共服务能力和质量', '强化规划实施保障'][i]}`,
  );
  const parts = splitByChapter(expected, headings);

  it.each(headings.map((h, i) => [i + 1, h]))('chapter page %i (%s) shows its chapter exactly', (n) => {
    const actual = pagePlanText(loadHtml(join(dist, `chapters/${n}/index.html`)));
    expect(firstDifference(parts[n as number]!, actual)).toBeNull();
  });
});
