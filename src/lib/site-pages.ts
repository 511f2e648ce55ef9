/** The site's readable pages (not 404), relative to the base: one list for the sitemap and the page tests. */
import { chapterPath } from './anchors.ts';

export const CHAPTER_COUNT = 10;

export const sitePages = (): string[] => [
  '',
  ...Array.from({ length: CHAPTER_COUNT }, (_, i) => chapterPath(i + 1)),
  'columns/',
  'indicators/',
  'targets/',
  'full/',
  'errata/',
];
