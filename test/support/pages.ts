/**
 * Which pages a browser test opens. Checks that need no browser run in Node over every page of the
 * sitemap (test/site/); a browser test checks layout and interaction, which a page's template decides,
 * so it opens one page per template plus the extremes: in each template the heaviest page (most
 * HTML: chapter 1 among the chapters), the one with the longest title and the one with the widest
 * table. The list is derived from the built sitemap, so a page type added anywhere is covered.
 *
 * FULL=1 (`npm run test:full`) opens every page instead: the exhaustive crawl CI runs after `npm test`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { fileForPath } from './dist.ts';
import { BUILDS, type Build } from './paths.ts';
import { crawlPaths } from './sitemap.ts';

/** Set by `npm run test:full`: browser tests open every page of the sitemap, not a sample. */
export const FULL = process.env.FULL === '1';

/**
 * The template a path is built from, read from its shape: '' (home), 'chapters/*' for
 * 'chapters/3/', 'indicators/' for the dashboard itself, '404.html'.
 */
export function templateOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts.length >= 2 ? `${parts.slice(0, -1).join('/')}/*` : path;
}

interface PageFacts {
  path: string;
  bytes: number;
  title: number;
  columns: number;
}

function factsOf(build: Build, path: string): PageFacts {
  const file = fileForPath(build.dir, path) ?? join(build.dir, path);
  const html = readFileSync(file, 'utf8');
  const $ = load(html);
  const title = $('main h1').first().text().replace(/\s+/gu, '').length;
  let columns = 0;
  $('table tr').each((_, row) => {
    let n = 0;
    $(row)
      .children('th, td')
      .each((__, cell) => {
        n += Number($(cell).attr('colspan') ?? 1);
      });
    columns = Math.max(columns, n);
  });
  return { path, bytes: Buffer.byteLength(html), title, columns };
}

/** The first page with the most of `key` (pages come heaviest first, so a tie goes to the heaviest). */
const most = (pages: PageFacts[], key: 'bytes' | 'title' | 'columns'): string => pages.reduce((best, p) => (p[key] > best[key] ? p : best)).path;

const samples = new Map<string, string[]>();

/** One page per template and the extremes of each, in sitemap order (the 404 page last). */
export function samplePaths(build: Build): string[] {
  let sample = samples.get(build.dir);
  if (!sample) {
    const all = crawlPaths(build);
    const groups = new Map<string, PageFacts[]>();
    for (const path of all) {
      const template = templateOf(path);
      groups.set(template, [...(groups.get(template) ?? []), factsOf(build, path)]);
    }
    const chosen = new Set<string>();
    for (const pages of groups.values()) {
      pages.sort((a, b) => b.bytes - a.bytes);
      for (const key of ['bytes', 'title', 'columns'] as const) chosen.add(most(pages, key));
    }
    sample = all.filter((p) => chosen.has(p));
    samples.set(build.dir, sample);
  }
  return sample;
}

/** The pages a browser test opens: the sample, or with FULL=1 every page of the sitemap and the 404 page. */
export const browserPaths = (build: Build): string[] => (FULL ? crawlPaths(build) : samplePaths(build));

/**
 * The builds a browser test of behaviour that depends on the base path runs on, each with its index
 * in BUILDS (for sites.server(i)): in `npm test` the build under /plan/ only, where an address that
 * forgets the base breaks (the links of both builds are checked in Node, test/site/links.test.ts);
 * with FULL=1 both.
 */
export const browserBuilds = (): Array<Build & { i: number }> => BUILDS.map((b, i) => ({ ...b, i })).filter((b) => FULL || b.base !== '/');
