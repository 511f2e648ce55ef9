/**
 * The pages the browser tests open (test/support/pages.ts): every template of the sitemap, and in it
 * the extremes the issue names: chapter 1 (the heaviest chapter), the longest title, the widest table;
 * far fewer than all pages. FULL=1 opens them all.
 */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { readFileSync } from 'node:fs';
import { fileForPath } from '../support/dist.ts';
import { browserPaths, FULL, samplePaths, templateOf } from '../support/pages.ts';
import { BUILDS } from '../support/paths.ts';
import { crawlPaths } from '../support/sitemap.ts';

describe.each(BUILDS)('the browser sample of the build under $base', (build) => {
  const all = crawlPaths(build);
  const sample = samplePaths(build);
  const h1 = (path: string) =>
    load(readFileSync(fileForPath(build.dir, path)!, 'utf8'))('main h1')
      .first()
      .text()
      .replace(/\s+/gu, '').length;

  it('has a page of every template, the 404 page among them, and at most a third of the pages', () => {
    expect(new Set(sample.map(templateOf))).toEqual(new Set(all.map(templateOf)));
    expect(sample).toContain('404.html');
    expect(sample).toContain('');
    expect(sample.length).toBeLessThanOrEqual(all.length / 3);
  });

  it('holds chapter 1 (the heaviest chapter) and, among the indicator pages, the one with the longest title', () => {
    expect(sample).toContain('chapters/1/');
    const indicatorPages = all.filter((p) => templateOf(p) === 'indicators/*');
    const longest = Math.max(...indicatorPages.map(h1));
    expect(sample.filter((p) => templateOf(p) === 'indicators/*').map(h1)).toContain(longest);
  });

  it('is every page with FULL=1', () => {
    expect(browserPaths(build)).toEqual(FULL ? all : sample);
  });
});
