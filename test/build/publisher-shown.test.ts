/**
 * Where the publisher's settings show, and that nothing else does: a scratch build with the complete
 * sample (test/fixtures/publisher/complete.json) shows every fact in its place (title block, footer,
 * head metadata, the printed page's running header); a build with the empty sample shows none of
 * them, and no label or metadata stands in for a fact that is not set. Both are checked in Chromium
 * for sideways scrolling at 320 px in 长者模式, where the footer's long lines are the risk.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { listFiles } from '../support/dist.ts';
import { contextFor, PHONE_320 } from '../support/layout.ts';
import { ROOT } from '../support/paths.ts';
import { scratchBuilds, type BuildResult } from '../support/scratch-build.ts';
import { serveSite } from '../support/server.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const SETTINGS = 'content/settings/publisher.json';
const sample = (name: string) => readFileSync(join(ROOT, 'test/fixtures/publisher', name), 'utf8');
const scratch = scratchBuilds('plan-publisher-shown-');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  scratch.cleanup();
});

const html = (result: BuildResult, page: string): CheerioAPI => load(readFileSync(join(result.outDir, page, 'index.html'), 'utf8'));
const meta = ($: CheerioAPI, name: string) => $(`meta[name="${name}"]`).attr('content');
const facts = ($: CheerioAPI) =>
  $('.doc-facts dt')
    .map((_, dt) => `${$(dt).text()}：${$(dt).next('dd').text().trim()}`)
    .get();

/** The widest page of those given, at 320 px in 长者模式, in Chromium. */
async function widest(dir: string, pages: string[]): Promise<string[]> {
  const server = await serveSite(dir, '/');
  const wide: string[] = [];
  try {
    for (const page of pages) {
      const context = await contextFor(browser, PHONE_320, 'elder');
      const tab = await context.newPage();
      await tab.goto(`${server.url}${page}`);
      const width = await tab.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`/${page}: ${width} px`);
      await context.close();
    }
  } finally {
    await server.close();
  }
  return wide;
}

describe('with the complete sample settings', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = scratch.buildWith(SETTINGS, () => sample('complete.json'), { env: { SITE_URL: 'https://www.example.gov.cn' } });
  }, 180_000);

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('shows the document facts under the title on the home page and /full/', () => {
    const expected = [
      '发布机关：示例发布机关',
      '发文字号：示例〔2021〕1号',
      '成文日期：2021年9月1日',
      '发布日期：2021年9月30日',
      '原文：发布机关网站上的原文',
      '原文PDF：下载原文PDF（1.2 MB，48页）',
    ];
    for (const page of ['', 'full/']) {
      const $ = html(result, page);
      expect(facts($), page).toEqual(expected);
      expect(
        $('.doc-facts a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(['https://www.example.gov.cn/notice/1.html', 'https://www.example.gov.cn/files/plan.pdf']);
    }
  });

  it("shows the site's identity in every page's footer, the filing numbers linked to their filing sites", () => {
    const pages = listFiles(result.outDir).filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      const $ = load(readFileSync(join(result.outDir, page), 'utf8'));
      const items = $('.site-footer .identity li')
        .map((_, li) => $(li).text().replace(/\s+/gu, ''))
        .get();
      expect(items, page).toEqual([
        '主办单位：示例主办单位',
        '承办单位：示例承办单位',
        '联系电话：028-00000000',
        '电子邮箱：webmaster@example.gov.cn',
        '通信地址：示例地址',
        '网站标识码：5100000000',
        'ICP备案号：蜀ICP备00000000号',
        '公安机关备案号：川公网安备51010000000000号',
      ]);
      expect($('.site-footer a:contains("蜀ICP备")').attr('href')).toBe('https://beian.miit.gov.cn/');
      expect($('.site-footer a:contains("川公网安备")').attr('href')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51010000000000');
      expect($('.site-footer .badge').attr('href')).toBe('https://bszs.conac.cn/sitename?method=show&id=0');
      expect($('.site-footer .badge img').attr('src')).toBe('/favicon.svg');
    }
  });

  it('carries the government page metadata, with the article fields on the pages of the plan only', () => {
    const home = html(result, '');
    expect(['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords'].map((n) => meta(home, n))).toEqual([
      '四川人社“十四五”规划',
      'www.example.gov.cn',
      '5100000000',
      '规划计划',
      PLAN_TITLE,
      '2021-09-30',
      '示例发布机关',
      '人力资源,社会保障,十四五规划',
    ]);
    expect(meta(home, 'description')).toMatch(new RegExp(`^${PLAN_TITLE}，根据`, 'u'));
    expect(meta(html(result, 'chapters/3/'), 'ArticleTitle')).toBe(`第三章 健全多层次社会保障体系 - ${PLAN_TITLE}`);
    const columns = html(result, 'columns/');
    expect([meta(columns, 'ArticleTitle'), meta(columns, 'PubDate'), meta(columns, 'ContentSource')]).toEqual([undefined, undefined, undefined]);
    expect(meta(columns, 'SiteIDCode')).toBe('5100000000');
    expect(html(result, 'chapters/3/')('meta[property="og:url"]').attr('content')).toBe('https://www.example.gov.cn/chapters/3/');
  });

  it("heads every printed page with the plan's title and the issuer", () => {
    const css = readFileSync(join(result.outDir, 'print.css'), 'utf8');
    expect(css).toContain(`@top-left{content:"${PLAN_TITLE}"`);
    expect(css).toMatch(/@top-right\{content:"示例发布机关"/);
  });

  it('fits a 320 px screen in 长者模式, footer and title block included', async () => {
    expect(await widest(result.outDir, ['', 'full/', 'chapters/3/', 'targets/'])).toEqual([]);
  }, 120_000);
});

describe('with the empty sample settings', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = scratch.buildWith(SETTINGS, () => sample('empty.json'), { env: { SITE_URL: 'https://plan.test' } });
  }, 180_000);

  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('shows no document fact, no site identity and no label for one, on any page', () => {
    // A label is the whole text of an element (a <dt>, a <th>) or a word before a colon; the site's own
    // sentences may still say 发布机关 in general (“以发布机关公布的文件为准”), naming no fact.
    const words =
      '发布机关|发文字号|成文日期|发布日期|原文PDF|主办单位|承办单位|联系电话|电子邮箱|通信地址|网站标识码|ICP备案号|公安机关备案号|党政机关网站标识';
    const labels = new RegExp(`(?:${words})[：:]`, 'u');
    const whole = new RegExp(`^(?:${words})$`, 'u');
    const pages = listFiles(result.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) {
      const $ = load(readFileSync(join(result.outDir, page), 'utf8'));
      expect($('.doc-facts, .site-footer .identity, .site-footer .badge').length, page).toBe(0);
      $('script, [data-plan]').remove();
      expect($('body').text(), page).not.toMatch(labels);
      expect($('body *').filter((_, el) => whole.test($(el).text().trim())).length, page).toBe(0);
    }
  });

  it('carries only the metadata it knows: the site name and its own domain, no invented fact', () => {
    const $ = html(result, '');
    const names = $('meta[name]')
      .map((_, m) => $(m).attr('name'))
      .get()
      .filter((n) => /^[A-Z]/u.test(n));
    expect(names).toEqual(['SiteName', 'SiteDomain', 'ArticleTitle']);
    expect(meta($, 'SiteDomain')).toBe('plan.test');
    expect(readFileSync(join(result.outDir, 'print.css'), 'utf8')).not.toContain('@top-right');
  });

  it('fits a 320 px screen in 长者模式', async () => {
    expect(await widest(result.outDir, ['', 'chapters/3/'])).toEqual([]);
  }, 120_000);
});
