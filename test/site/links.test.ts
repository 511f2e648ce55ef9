/**
 * Zero broken internal links or anchors, for the build at the root and the one under /plan/.
 * Every href/src on every page must resolve to a file of the same build (under its base), and
 * every #fragment to an id on the target page. No URL may point at another origin.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, listFiles, loadHtml } from '../support/dist.ts';
import { BUILDS, TEST_SITE as SITE } from '../support/paths.ts';

function problemsIn(dir: string, base: string): string[] {
  assertBuilt(dir);
  const problems: string[] = [];
  const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
  for (const page of pages) {
    const $ = loadHtml(join(dir, page));
    const pageUrl = new URL(`${base}${page.replace(/(^|\/)index\.html$/, '$1')}`, SITE);
    $('[href], [src]').each((_, el) => {
      const attr = $(el).attr('href') !== undefined ? 'href' : 'src';
      const value = $(el).attr(attr)!;
      const url = new URL(value, pageUrl);
      if (url.origin !== SITE) {
        problems.push(`${page}: ${attr}="${value}" points at another origin`);
        return;
      }
      if ($(el).attr('rel') === 'canonical') return;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${page}: ${attr}="${value}" is outside the base ${base}`);
        return;
      }
      const target = fileForPath(dir, url.pathname.slice(base.length));
      if (!target) {
        problems.push(`${page}: ${attr}="${value}" has no file`);
        return;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && target.endsWith('.html') && loadHtml(target)(`[id="${id}"]`).length === 0) {
        problems.push(`${page}: ${attr}="${value}" names a missing anchor #${id}`);
      }
    });
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dupes.length) problems.push(`${page}: duplicate ids ${[...new Set(dupes)].join(', ')}`);
  }
  return problems;
}

describe.each(BUILDS)('links in the build for base $base', ({ dir, base }) => {
  it('every internal link and anchor resolves, and none leaves the site', () => {
    expect(problemsIn(dir, base)).toEqual([]);
  });

  it('has the pages and files a publisher expects', () => {
    for (const file of [
      'index.html',
      '404.html',
      'sitemap.xml',
      'robots.txt',
      'chapters/1/index.html',
      'chapters/10/index.html',
      'columns/index.html',
      'full/index.html',
      'errata/index.html',
    ]) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
  });
});
