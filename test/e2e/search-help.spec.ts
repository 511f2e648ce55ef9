/**
 * Search that helps when the words differ, in Chromium: suggestions (other wordings the plan uses,
 * the parts of a term that occur, sections holding every term) as links whose counts are the
 * results they give; traditional characters read as simplified, with a note; messages for one term
 * and for several; indicator rows as labelled values; unknown filter values ignored with a note;
 * and the page a result opens marks every occurrence, across whitespace and elements.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, PHONE } from '../support/browser.ts';
import { BUILDS } from '../support/paths.ts';
import { useSites } from '../support/sites.ts';
import { relevantKeys, truthPassages } from '../support/search-truth.ts';
import { runQuery } from '../support/search-page.ts';

const sites = useSites();
const passages = truthPassages(BUILDS[0]!.dir);
const n = (q: string) => relevantKeys(passages, q).length;
const url = () => sites.server(0).url;

/** The suggestion lines as text, and their links as [text, href]. */
const suggestions = (page: Page) =>
  page.evaluate(() => ({
    lines: [...document.querySelectorAll('#search-suggestions p')].map((p) => p.textContent ?? ''),
    links: [...document.querySelectorAll<HTMLAnchorElement>('#search-suggestions a')].map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']),
  }));

describe('suggestions', () => {
  it('offers the other official form of a term, with the number of results it gives, as a link that runs it', async () => {
    const { page, context, errors } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    const run = await runQuery(page, '社保卡');
    expect(run.keys.length).toBe(n('社保卡'));
    const { lines, links } = await suggestions(page);
    expect(lines[0]).toBe(`规划中也写作：“社会保障卡”（${n('社会保障卡')}处）`);
    expect(links[0]![1]).toBe(`/search/?q=${encodeURIComponent('社会保障卡')}`);
    await page.click('#search-suggestions a');
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '社会保障卡');
    expect(await page.locator('#search-results li').count()).toBe(n('社会保障卡'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('社会保障卡');
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '社保卡');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['社会保障卡', ['社保卡']],
    ['人力资源社会保障', ['人社', '人力资源和社会保障']],
  ])('offers for %s the forms %j', async (q, forms) => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    await runQuery(page, q);
    const { lines } = await suggestions(page);
    expect(lines[0]).toBe(`规划中也写作：${forms.map((f) => `“${f}”（${n(f)}处）`).join('、')}`);
    await context.close();
  });

  it('for a term found nowhere, says so for one term and offers the parts that occur, and those parts together', async () => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    const run = await runQuery(page, '延迟退休');
    expect(run.keys).toEqual([]);
    expect(run.status).toContain('没有找到包含“延迟退休”的段落。');
    expect(run.status).not.toContain('同时');
    const { lines } = await suggestions(page);
    expect(lines).toEqual([
      `“延迟退休”中出现的部分：“延迟”（${n('延迟')}处）、“退休”（${n('退休')}处）`,
      `“延迟退休”的各部分同时出现：“延迟”“退休”（${n('延迟 退休')}处）`,
    ]);
    await page.click('#search-suggestions p:nth-child(2) a');
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '延迟 退休');
    expect(await page.locator('#search-results li').count()).toBe(n('延迟 退休'));
    await context.close();
  });

  it('for several terms, words the message for several, counts each term, and offers the sections that hold them all', async () => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    const q = '乡村振兴 劳务品牌';
    const run = await runQuery(page, q);
    expect(run.keys.length).toBe(n(q));
    const { lines, links } = await suggestions(page);
    expect(lines).toContain(`分开查找：“乡村振兴”（${n('乡村振兴')}处）、“劳务品牌”（${n('劳务品牌')}处）`);
    const sections = links.filter(([, href]) => !href.includes('/search/'));
    expect(sections.length).toBeGreaterThan(0);
    // Each offered section holds both terms, in different paragraphs: opening it marks both.
    await page.click(`#search-suggestions a[href="${sections[0]![1]}"]`);
    await page.waitForURL(/chapters/);
    const marked = new Set(await page.locator('mark.search-hit').allTextContents());
    expect(marked).toEqual(new Set(['乡村振兴', '劳务品牌']));
    await context.close();
  });

  it('says which of several terms occur nowhere', async () => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    const run = await runQuery(page, '乡村振兴 医保');
    expect(run.status).toContain('没有找到同时包含“乡村振兴”“医保”的段落。');
    expect((await suggestions(page)).lines).toContain(`分开查找：“乡村振兴”（${n('乡村振兴')}处）、“医保”（未出现）`);
    await context.close();
  });

  it('reads traditional characters as the simplified ones the plan uses, and says so', async () => {
    const { page, context, errors } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    const run = await runQuery(page, '養老保險');
    expect(run.keys).toEqual(relevantKeys(passages, '养老保险'));
    expect(run.status).toContain('规划使用简体字：“養老保險”已按“养老保险”查找。');
    const href = await page.locator('#search-results li a').first().getAttribute('href');
    expect(decodeURIComponent(href!)).toContain('hl=养老保险');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('results and filters', () => {
  it("shows an indicator row as labelled values with its unit, linking to the row and to its indicator's page", async () => {
    const { page, context } = await openPage(sites.browser(), PHONE);
    await page.goto(`${url()}search/`);
    await runQuery(page, '752.08');
    const row = page.locator('#search-results li[data-key="chapters/1/#column-1-r6"]');
    expect(await row.locator('.excerpt').textContent()).toBe('6.工伤保险参保人数（万人）2015年基数 752.08 · “十三五”规划目标 770 · 2020年完成数 1320.09 万人');
    expect(await row.locator('mark').allTextContents()).toEqual(['752.08']);
    expect(await row.locator('a.where').first().getAttribute('href')).toMatch(/chapters\/1\/\?hl=752\.08#column-1-r6$/);
    // The row's indicator has its own page: a second link goes there.
    expect(await row.locator('a.where').nth(1).getAttribute('href')).toMatch(/indicators\/plan13-work-injury-insurance-insured\/$/);
    await runQuery(page, '工伤保险参保人数');
    const fourteenth = page.locator('#search-results li[data-key="chapters/1/#column-2-r10"] .values');
    expect(await fourteenth.textContent()).toBe('2020年 1320.09 · 2025年 1470 万人 · 属性 约束性');
    await context.close();
  });

  it('ignores filter values it does not offer, with a note, and shows 全部', async () => {
    const { page, context, errors } = await openPage(sites.browser());
    await page.goto(`${url()}search/?q=${encodeURIComponent('农民工')}&ch=99&kind=evil`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '农民工');
    expect(await page.locator('#search-chapter option:checked').textContent()).toBe('全部章节');
    expect(await page.locator('input[name="kind"]:checked').getAttribute('value')).toBe('');
    expect(await page.locator('#search-note').textContent()).toBe('地址中的筛选条件无效，已忽略（ch=99、kind=evil），显示全部。');
    expect(await page.locator('#search-results li').count()).toBe(n('农民工'));
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('农民工')}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('marking on the page a result opens', () => {
  const marks = (page: Page, selector: string) => page.locator(`${selector} mark.search-hit`).allTextContents();

  it('marks a term across whitespace: 1600名 in "1600 名"', async () => {
    const { page, context, errors } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    await runQuery(page, '1600名');
    await page.click('#search-results li a');
    await page.waitForURL(/chapters/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect((await marks(page, `[id="${anchor}"]`)).join('')).toBe('1600 名');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks a term across elements (a repaired word) and leaves UI text out', async () => {
    const { page, context } = await openPage(sites.browser());
    // s3-1-p1: …农民工等<span class="fix">单位和人群</span><sup data-ui>勘误</sup>积极参加…
    await page.goto(`${url()}chapters/3/?hl=${encodeURIComponent('人群积极')}#s3-1-p1`);
    expect(await marks(page, '#s3-1-p1')).toEqual(['人群', '积极']);
    expect(await page.locator('#s3-1-p1 [data-ui] mark').count()).toBe(0);
    await context.close();
  });

  it('marks every occurrence on the page, and handles a malformed hash and a missing id', async () => {
    for (const hash of ['#%E0%A4%A', '#no-such-id', '']) {
      const { page, context, errors } = await openPage(sites.browser());
      await page.goto(`${url()}chapters/3/?hl=${encodeURIComponent('养老保险')}${hash}`);
      const all = await marks(page, '[data-plan]');
      const want = passages.filter((p) => p.key.startsWith('chapters/3/#')).reduce((sum, p) => sum + p.text.split('养老保险').length - 1, 0);
      expect(all.length, hash).toBe(want);
      expect(new Set(all)).toEqual(new Set(['养老保险']));
      expect(errors, hash).toEqual([]);
      await context.close();
    }
  });
});
