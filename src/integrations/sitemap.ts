/**
 * sitemap.xml from the pages the build wrote: every route Astro rendered to an HTML page, except the
 * error pages (404, errors/400/ …), with absolute URLs (SITE_URL + BASE_PATH). Nothing to keep by hand: a page added anywhere
 * is listed, and the crawling tests read this file. A sitemap needs absolute URLs, so a build without
 * SITE_URL writes none (and robots.txt then names none, src/pages/robots.txt.ts).
 *
 * Not @astrojs/sitemap: it writes sitemap-index.xml plus numbered parts for a site of eighteen pages,
 * and it lists every route, including the 404 page unless filtered; this is one file, one rule.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlText } from '../lib/escape.ts';
import { basePrefix } from '../lib/url.ts';

/** The page paths (relative to the base, '' = home) of the routes that were written as HTML pages. */
export function sitemapPages(pathnames: readonly string[], outDir: string): string[] {
  const pages = pathnames
    .map((p) => p.replace(/^\/+/u, ''))
    .filter((p) => (p === '' || p.endsWith('/')) && !/^(404|errors\/\d{3})\/?$/u.test(p) && existsSync(join(outDir, p, 'index.html')));
  return [...new Set(pages)].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en', { numeric: true })));
}

export function sitemapXml(site: URL, base: string, pages: readonly string[]): string {
  const prefix = basePrefix(base);
  const urls = pages.map((p) => `  <url><loc>${htmlText(new URL(prefix + p, site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'plan:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        if (!site) return;
        const outDir = fileURLToPath(dir);
        const list = sitemapPages(
          pages.map((p) => p.pathname),
          outDir,
        );
        if (list.length === 0) throw new Error('sitemap: the build wrote no HTML page');
        writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(site, base, list));
        logger.info(`sitemap.xml: ${list.length} pages`);
      },
    },
  };
}
