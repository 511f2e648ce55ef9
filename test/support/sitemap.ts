/**
 * The pages of a build as its sitemap.xml lists them, relative to the base ('' is the home page), so
 * crawling tests cover every page any part of the site adds to the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Build } from './paths.ts';

export function sitemapPaths(build: Build): string[] {
  const file = join(build.dir, 'sitemap.xml');
  // A build without SITE_URL writes no sitemap (it needs absolute URLs); the test builds set it.
  if (!existsSync(file))
    throw new Error(`${file} is missing: the tests need the builds of \`npm run build:all\` (SITE_URL=https://plan.test), not a plain \`npm run build\``);
  const xml = readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error(`${build.dir}/sitemap.xml lists no pages`);
  return paths.map((p) => {
    if (!p.startsWith(build.base)) throw new Error(`sitemap.xml lists ${p}, outside the base ${build.base}`);
    return p.slice(build.base.length);
  });
}

/** Sitemap pages plus the 404 page, which readers land on too. */
export const crawlPaths = (build: Build): string[] => [...sitemapPaths(build), '404.html'];

/** A short label for test titles: '/' for the home page. */
export const label = (path: string): string => `/${path}`;
