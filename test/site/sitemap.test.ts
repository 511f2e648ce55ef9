/**
 * The sitemap is what the crawling tests (a11y, crawl, keyboard, no-JS, nginx) visit, so it must list
 * every page the build wrote: a page missing from it would be missing from every browser gate. Also:
 * robots.txt names it, canonical links use the build's SITE_URL, and the header reaches every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles, loadHtml } from '../support/dist.ts';
import { BUILDS, TEST_SITE } from '../support/paths.ts';
import { sitemapPaths } from '../support/sitemap.ts';

/** Every HTML page of a build as its path relative to the base ('' = home), the error pages aside (404, errors/400/ …). */
const builtPages = (dir: string): string[] =>
  listFiles(dir)
    .filter((f) => f.endsWith('.html') && f !== '404.html' && !f.startsWith('errors/'))
    .map((f) => f.replace(/(^|\/)index\.html$/, '$1'));

describe.each(BUILDS)('sitemap and robots for base $base', (build) => {
  const { dir, base } = build;
  assertBuilt(dir);

  it('sitemap.xml lists every page the build wrote except the error pages, each once, with absolute URLs', () => {
    const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.every((loc) => loc.startsWith(`${TEST_SITE}${base}`))).toBe(true);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...sitemapPaths(build)].sort()).toEqual(builtPages(dir).sort());
    expect(builtPages(dir).length).toBeGreaterThanOrEqual(17);
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${TEST_SITE}${base}sitemap.xml`);
  });

  it.each(builtPages(dir))('/%s has a canonical link to its own address', (page) => {
    const $ = loadHtml(join(dir, page, 'index.html'));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${TEST_SITE}${base}${page}`);
  });

  it('the site header (links and the search form) reaches every page, at most one page away, so none is left without navigation', () => {
    const links = (page: string, selector: string): string[] => {
      const $ = loadHtml(join(dir, page, 'index.html'));
      return $(selector)
        .map((_, el) => $(el).attr('href') ?? $(el).attr('action'))
        .get()
        .map((href) => new URL(href, `${TEST_SITE}${base}${page}`).pathname.slice(base.length));
    };
    const fromHeader = new Set(links('', 'header a[href], header form[action]'));
    // The 40 indicator pages and the open-data page are one step away: the dashboard and the targets
    // list (both in the header) link every one of them.
    const oneStep = new Set([...fromHeader].filter((p) => sitemapPaths(build).includes(p)).flatMap((p) => links(p, 'main a[href]')));
    expect(sitemapPaths(build).filter((p) => !fromHeader.has(p) && !oneStep.has(p))).toEqual([]);
  });
});
