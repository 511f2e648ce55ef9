/**
 * Search in a real browser, at the root and under /plan/: exactly the passages that contain every
 * term (ground truth from test/support/search-truth.ts), bad input handled, the URL kept, results
 * that land on the paragraph with the terms marked, and a no-JavaScript fallback.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, PHONE } from '../support/browser.ts';
import { BUILDS } from '../support/paths.ts';
import { browserBuilds } from '../support/pages.ts';
import { useSites } from '../support/sites.ts';
import { browserQueries, relevantKeys, truthPassages } from '../support/search-truth.ts';
import { runQuery } from '../support/search-page.ts';

const sites = useSites();

describe.each(browserBuilds())('search on the site under $base', ({ dir, i }) => {
  const passages = truthPassages(dir);
  const url = () => sites.server(i).url;

  it('returns exactly the passages that contain every term, for the sample query of each kind with the most results (every sample query in Node)', async () => {
    const { page, context, errors, requests } = await openPage(sites.browser());
    await page.goto(`${url()}search/`);
    const wrong: string[] = [];
    for (const { q } of browserQueries(passages)) {
      const { keys } = await runQuery(page, q);
      const want = relevantKeys(passages, q);
      if (keys.join() !== want.join()) wrong.push(`${q}: expected ${want.length} [${want.join(' ')}], got ${keys.length} [${keys.join(' ')}]`);
    }
    expect(wrong).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((r) => !r.startsWith(sites.server(i).origin))).toEqual([]);
    await context.close();
  });

  it('says so when a term occurs nowhere', async () => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}search/?q=${encodeURIComponent('以工代赈')}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '以工代赈');
    // Worded for one term: no 同时 (it said 同时包含 for a single word).
    expect(await page.locator('#search-status').textContent()).toContain('没有找到包含“以工代赈”的段落。');
    expect(await page.locator('#search-results li').count()).toBe(0);
    await context.close();
  });

  it('handles blank, huge, markup, regex, emoji and full-width input without errors or injected markup', async () => {
    const { page, context, errors } = await openPage(sites.browser(), PHONE);
    await page.goto(`${url()}search/`);
    const blank = await runQuery(page, '   ');
    expect(blank.keys).toEqual([]);
    const huge = await runQuery(page, '就'.repeat(10_000));
    expect(huge.status).toContain('搜索词过长');
    // Only the used part goes into the address: a long paste must not end on a server's 414 page.
    expect(new URL(page.url()).searchParams.get('q')).toBe('就'.repeat(100));
    const markup = await runQuery(page, '<img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(markup.keys).toEqual([]);
    expect(await page.locator('#search-results img, #search-results script, #search-status img').count()).toBe(0);
    expect((await runQuery(page, '.*+?^${}()|[]\\')).keys).toEqual([]);
    expect((await runQuery(page, '😀 就业')).keys).toEqual([]);
    expect((await runQuery(page, '１２００')).keys).toEqual(relevantKeys(passages, '1200'));
    expect((await runQuery(page, '９５％')).keys).toEqual(relevantKeys(passages, '95%'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the query in the URL on load, filters by chapter and kind, and Back returns to the previous search', async () => {
    const { page, context, errors } = await openPage(sites.browser());
    await page.goto(`${url()}search/?q=${encodeURIComponent('农民工')}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '农民工');
    const all = relevantKeys(passages, '农民工');
    expect(await page.locator('#search-results li').count()).toBe(all.length);
    expect(await page.locator('#search-status').textContent()).toContain(`找到 ${all.length} 处`);

    // The filters fold away until asked for.
    await page.click('#search-filters > summary');
    await page.selectOption('#search-chapter', '7');
    expect(await page.locator('#search-results li').count()).toBe(all.filter((k) => k.startsWith('chapters/7/')).length);
    expect(page.url()).toContain('ch=7');
    await page.check('input[name="kind"][value="column"]');
    const columnKeys = await page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key!));
    expect(columnKeys.length).toBeGreaterThan(0);
    expect(columnKeys.every((k) => k.startsWith('chapters/7/#column-'))).toBe(true);
    await page.selectOption('#search-chapter', '');
    await page.check('input[name="kind"][value=""]');

    await page.fill('#search-q', '川渝通办');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '川渝通办');
    expect(new URL(page.url()).searchParams.get('q')).toBe('川渝通办');
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '农民工');
    expect(await page.inputValue('#search-q')).toBe('农民工');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('links a result to its paragraph, which opens scrolled to and with the terms marked', async () => {
    const { page, context, errors } = await openPage(sites.browser(), PHONE);
    await page.goto(`${url()}search/?q=${encodeURIComponent('川渝通办')}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '川渝通办');
    const first = page.locator('#search-results li a').first();
    const href = await first.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${BUILDS[i]!.base}chapters/\\d+/\\?hl=[^#]+#[a-z0-9-]+$`));
    const excerptMarks = await page.locator('#search-results li').first().locator('mark').allTextContents();
    expect(excerptMarks.every((m) => m === '川渝通办')).toBe(true);
    await first.click();
    await page.waitForURL(/chapters/);
    const anchor = new URL(page.url()).hash.slice(1);
    const marks = await page.locator(`[id="${anchor}"] mark`).allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === '川渝通办')).toBe(true);
    const inView = await page.locator(`[id="${anchor}"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top < window.innerHeight && r.bottom > 0;
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('focuses the header search box with / and Ctrl+K, and submits to the search page', async () => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}chapters/2/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('见习');
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '见习');
    expect(await page.locator('#search-results li').count()).toBe(relevantKeys(passages, '见习').length);
    await context.close();
  });

  it('takes at most 100 characters into either search box, so a long paste cannot make an over-long address', async () => {
    const { page, context } = await openPage(sites.browser());
    await page.goto(`${url()}chapters/2/`);
    await page.focus('#site-search-q');
    await page.keyboard.insertText('就'.repeat(3000));
    expect(await page.inputValue('#site-search-q')).toBe('就'.repeat(100));
    await page.keyboard.press('Enter');
    await page.waitForURL(/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('就'.repeat(100));
    await page.fill('#search-q', '');
    await page.focus('#search-q');
    await page.keyboard.insertText('业'.repeat(3000));
    expect(await page.inputValue('#search-q')).toBe('业'.repeat(100));
    await context.close();
  });

  it('loads no search code on a chapter page until the reader searches', async () => {
    const { page, context, requests } = await openPage(sites.browser());
    await page.goto(`${url()}chapters/3/`);
    await page.focus('#site-search-q');
    expect(requests.filter((r) => r.includes('pagefind'))).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the search page says search cannot run here and links to the full text', async () => {
    const context = await sites.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${url()}search/?q=${encodeURIComponent('就业')}`);
    const notice = page.locator('main .notice');
    expect(await notice.textContent()).toContain('本页的搜索在这个浏览器里用不了');
    await notice.locator('a', { hasText: '全文' }).click();
    await page.waitForURL(/full\/$/);
    await context.close();
  });
});

describe('accessibility of the search page with results', () => {
  it.each([
    { name: 'phone, light', options: { ...PHONE, colorScheme: 'light' as const } },
    { name: 'phone, dark', options: { ...PHONE, colorScheme: 'dark' as const } },
    { name: 'desktop, light', options: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const } },
    { name: 'desktop, dark', options: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' as const } },
  ])('has no axe-core violations, WCAG 2.2 AA and best practice ($name)', async ({ options }) => {
    const { page, context, errors } = await openPage(sites.browser(), options);
    await page.goto(`${sites.server(0).url}search/?q=${encodeURIComponent('农民工 工资')}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '农民工 工资');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
