/**
 * The bodies of every file the 下载 page offers, for the routes that serve them
 * (src/pages/downloads/[file].ts, src/pages/data/[file].ts) and for the page that lists them with their
 * sizes (src/pages/downloads.astro): one place, so the list and the files cannot disagree. The plan's
 * downloads are made once per build (the .docx takes the longest) from the model the pages are built
 * from. (A leading underscore: Astro makes no route of this file.)
 */
import { plan } from '../../content.ts';
import { errata } from '../../data/errata.ts';
import { publisher } from '../../lib/publisher.ts';
import { planDownloads } from '../../lib/downloads/plan-files.ts';
import type { DataDownload, FileBody, PlanDownload } from '../../lib/downloads/catalog.ts';
import { openFiles } from '../../lib/indicators/open-files.ts';
import { dataArchive, DATA_ARCHIVE } from '../../integrations/data-archive.ts';
import { basePrefix } from '../../lib/url.ts';
import { keptFiles, type BuildCache } from '../../integrations/build-cache.ts';

/** Set by src/integrations/build-cache.ts in `astro build`; absent where Vite did not bundle this (tests). */
declare const __PLAN_BUILD_CACHE__: BuildCache | undefined;
const buildCache: BuildCache = typeof __PLAN_BUILD_CACHE__ === 'undefined' ? null : __PLAN_BUILD_CACHE__;

let made: Promise<Record<PlanDownload, FileBody>> | undefined;

/** The plan's downloads, made on first use, or as an earlier build of the same tree made them (src/integrations/build-cache.ts). */
export const planFiles = (): Promise<Record<PlanDownload, FileBody>> =>
  (made ??= keptFiles(buildCache, 'plan-downloads', () =>
    planDownloads({
      plan,
      errata,
      document: publisher.document,
      // Passages' addresses are absolute when the build knows the site's origin (SITE_URL).
      site: import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : undefined,
      base: basePrefix(),
    }),
  ));

/** An open-data file's body. */
export const dataFile = (name: DataDownload): FileBody => (name === DATA_ARCHIVE ? dataArchive() : openFiles[name]());
