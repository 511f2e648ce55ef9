/**
 * Every link of the contents, sidebar, header menu, home chapter cards, 专栏 index, full-text contents and
 * prev/next says what it lands on: its text is the text of the heading with the target's id (or of
 * the target page's title), for the build at the root and under /plan/. Valid anchors on the wrong
 * headings (two sections' ids swapped) pass the link checker; they fail here.
 */
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';

const SITE = 'http://localhost:4321';
const text = ($: CheerioAPI, el: Parameters<CheerioAPI>[0]) => {
  const copy = $(el).clone();
  copy.find('[data-ui]').remove();
  return copy.text().replace(/\s+/gu, '');
};

/** Link groups and the pages that carry them. */
const NAVS: { pages: string[]; selector: string; what: string }[] = [
  { pages: ['', 'chapters/1/', 'chapters/5/', 'columns/', 'full/', 'errata/'], selector: 'header .menu-chapters a', what: 'header menu' },
  { pages: Array.from({ length: 10 }, (_, i) => `chapters/${i + 1}/`), selector: 'nav.sidebar a', what: 'sidebar' },
  { pages: Array.from({ length: 10 }, (_, i) => `chapters/${i + 1}/`), selector: 'nav.page-toc a', what: 'page contents' },
  { pages: Array.from({ length: 10 }, (_, i) => `chapters/${i + 1}/`), selector: 'nav.pagination a .title', what: 'prev/next' },
  { pages: [''], selector: 'ol.chapters a.chapter', what: 'home chapter cards' },
  { pages: ['columns/'], selector: '.columns-page section h2 a, .list h3 a, .list .where a, .list .items a', what: '专栏 index' },
  { pages: ['full/'], selector: 'nav.contents a', what: 'full-text contents' },
];

function mismatches(dir: string, base: string): string[] {
  const problems: string[] = [];
  for (const { pages, selector, what } of NAVS) {
    for (const page of pages) {
      const $ = loadHtml(join(dir, page, 'index.html'));
      const links = $(selector);
      if (links.length === 0) problems.push(`/${page}: no ${what} links (${selector})`);
      links.each((_, el) => {
        const a = $(el).closest('a');
        const href = a.attr('href')!;
        const url = new URL(href, new URL(`${base}${page}`, SITE));
        const file = fileForPath(dir, url.pathname.slice(base.length));
        if (!file) return void problems.push(`/${page} ${what}: ${href} has no page`);
        const $t = loadHtml(file);
        const id = decodeURIComponent(url.hash.slice(1));
        const target = id ? $t(`[id="${id}"]`) : $t('main h1');
        if (target.length !== 1) return void problems.push(`/${page} ${what}: ${href} lands on ${target.length} elements`);
        const heading = text($t, target[0]!);
        const label = text($, el);
        // A link from another chapter may put the chapter first: 第三章第二节… for the heading 第二节….
        const chapter = text($t, $t('main h1')[0]!).match(/^第.+?章/)?.[0] ?? '';
        if (label !== heading && label !== `${chapter}${heading}`) problems.push(`/${page} ${what}: “${label}” links to ${href}, which is “${heading}”`);
      });
    }
  }
  return problems;
}

describe.each(BUILDS)('navigation links under $base', ({ dir, base }) => {
  it('say what they land on', () => {
    assertBuilt(dir);
    expect(mismatches(dir, base)).toEqual([]);
  });
});
