/** The pages a reader and a publisher expect, checked on the built HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { parseSource, type SourceBlock } from '../../src/lib/source/parse-source.ts';
import { SOURCE_TXT } from '../support/paths.ts';

const doc = parseSource(readFileSync(SOURCE_TXT, 'utf8'));
const countBlocks = (blocks: SourceBlock[]): number =>
  blocks.reduce((sum, b) => sum + (b.kind === 'paragraph' ? 1 : b.paragraphs.length + b.items.reduce((s, i) => s + i.paragraphs.length, 0)), 0);
const paragraphCount =
  doc.preamble.length + doc.chapters.reduce((sum, c) => sum + countBlocks(c.intro) + c.sections.reduce((s, sec) => s + countBlocks(sec.blocks), 0), 0);

const dist = BUILDS[0]!.dir;
assertBuilt(dist);
const page = (path: string) => loadHtml(join(dist, path, 'index.html'));
const htmlFiles = listFiles(dist).filter((f) => f.endsWith('.html'));

describe('every page', () => {
  it.each(htmlFiles)('%s is Chinese, titled, described, with a skip link to main', (file) => {
    const $ = loadHtml(join(dist, file));
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('title').text()).toMatch(/规划|页面未找到/);
    expect($('meta[name="description"]').attr('content')).toBeTruthy();
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('main#main')).toHaveLength(1);
    expect($('h1')).toHaveLength(1);
  });

  it('loads no web fonts and no third-party assets', () => {
    const css = listFiles(dist)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(css).not.toMatch(/@font-face|@import|url\(\s*['"]?https?:/);
    expect(listFiles(dist).filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f))).toEqual([]);
    expect(css).toMatch(/--font-body:[^;]*PingFang SC[^;]*Microsoft YaHei[^;]*Noto Sans CJK SC/);
    expect(css).toMatch(/body\{[^}]*font-family:var\(--font-body\)/);
  });

  it('gives every paragraph of the plan an id', () => {
    const $ = page('full');
    const missing = $('[data-plan] p:not([id])')
      .map((_, el) => $(el).text().slice(0, 20))
      .get();
    expect(missing).toEqual([]);
    // 专栏1/2 table notes are paragraphs too.
    expect($('[data-plan] p[id]').length).toBe(paragraphCount + 2);
  });
});

describe('chapter pages', () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('chapter %i has sidebar, contents, breadcrumb and prev/next', (n) => {
    const $ = page(`chapters/${n}`);
    expect($('nav.sidebar a[aria-current="page"]').attr('href')).toBe(`/chapters/${n}/`);
    expect($('nav.page-toc a[href^="#s"]').length).toBeGreaterThan(0);
    expect($('nav.breadcrumbs li').length).toBe(2);
    // The chapter's real title, as its heading gives it (第三章 健全多层次社会保障体系, not a short name).
    expect($('nav.breadcrumbs li').last().text()).toBe($('main h1').text());
    expect($('a[rel="prev"]').length).toBe(n > 1 ? 1 : 0);
    expect($('a[rel="next"]').length).toBe(n < 10 ? 1 : 0);
    // Section headings stand alone in their wrapper: no "#" or other tool among the plan's words.
    expect($('.heading-wrap > h2[id]:only-child').length).toBeGreaterThan(0);
    expect($('.heading-wrap > :not(:is(h1, h2, h3, h4, h5))').length).toBe(0);
  });

  it('uses the documented anchors for sections, 专栏 and their items', () => {
    const $ = page('chapters/5');
    expect($('#s5-2').text()).toBe('第二节 加强技能人才队伍建设');
    expect($('#column-9').text()).toContain('技能四川行动');
    expect($('#column-9-2').text()).toContain('技工教育质量提升工程');
    expect($('#column-9-2-p1').text()).toContain('实施技工教育发展');
  });

  it('links each repaired spot to its 勘误说明 entry', () => {
    const $ = page('chapters/8');
    expect($('#c8-p1 .fix').text()).toBe('一干多支');
    expect($('#c8-p1 .fix-ref a').attr('href')).toBe('/errata/#yigan-c8-p1');
  });

  it('shows the two indicator tables in their own regions, each row naming its indicator and linking to its page', () => {
    const $ = page('chapters/1');
    expect($('.itable table')).toHaveLength(2);
    expect($('#column-2-r9 th[scope="row"]').text()).toBe('9.失业保险参保人数（万人）');
    expect($('#column-2-r9 th[scope="row"] a').attr('href')).toBe('/indicators/plan14-unemployment-insurance-insured/');
  });
});

describe('index pages', () => {
  it('the home page shows the ways in, the six 主要目标, headline indicators and every chapter', () => {
    const $ = page('');
    expect(
      $('.ways a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/full/', '/columns/', '/indicators/', '/targets/', '/downloads/']);
    expect(
      $('ol.goals a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([3, 4, 5, 6, 7, 8].map((n) => `/chapters/1/#s1-3-p${n}`));
    expect(
      $('ul.kpis a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain('/indicators/#plan14-unemployment-insurance-insured');
    expect($('ul.kpis li:has(.binding)')).toHaveLength(2);
    expect($('ol.chapters > li')).toHaveLength(10);
    expect($('ol.chapters > li [data-quote]')).toHaveLength(10);
  });

  it('the 专栏 index lists all 20 with chapter and items', () => {
    const $ = page('columns');
    expect($('.list > li')).toHaveLength(20);
    expect($('#column-13 .where a').attr('href')).toBe('/chapters/6/#s6-4');
    expect($('#column-3 .items li')).toHaveLength(6);
  });

  it('the 勘误说明 page lists every repair with location, original, correction and reason', () => {
    const $ = page('errata');
    expect($('#and-s3-1-p1 del').text()).toBe('单位 and 人群');
    expect($('#and-s3-1-p1 ins').text()).toBe('单位和人群');
    expect($('#and-s3-1-p1 dd a').attr('href')).toBe('/chapters/3/#s3-1-p1');
  });

  it('the 404 page is in Chinese and offers ways on', () => {
    const $ = loadHtml(join(dist, '404.html'));
    expect($('h1').text()).toBe('页面未找到');
    expect($('main a').length).toBeGreaterThan(10);
  });
});
