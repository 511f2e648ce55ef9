/**
 * Builds the Pagefind index of the plan after Astro has written the pages, as part of every build:
 * the plan's passages (from the plan model; the site tests check them against the built pages), its
 * pages (home page and chapters) in PARTS runs of about equal length, one Pagefind record
 * each, indexed as the characters the part holds (src/lib/search/tokens.ts); each record's fragment
 * is then rewritten to carry the part's passages (src/integrations/pagefind-bundle.ts). Fails the
 * build loudly when Pagefind reports an error, and always closes the Pagefind service.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import type { PlanModel } from '../lib/plan/model.ts';
import { toPayload, type OrderedRecord, type PagePayload } from '../lib/search/payload.ts';
import { comparable } from '../lib/search/query.ts';
import { alphabetOf, charsOf, recordContent } from '../lib/search/tokens.ts';
import { minifyLoader, recompressBundle, rewriteFragments } from './pagefind-bundle.ts';
import { timed } from './build-timing.ts';

/**
 * How many parts the plan is indexed and fetched in. A query fetches the parts that hold all its
 * characters; fewer, larger parts compress better (the whole plan is 23 KB gzip in one file, 31 KB
 * in eleven, one per page) and make a smaller index, more parts let a narrow query fetch less.
 * Measured over the sample queries (README, search section).
 */
export const PARTS = 3;

/** Files the site's own search client needs from the bundle; Pagefind's UI bundles are removed. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // The client runs Pagefind on the main thread (noWorker), see src/scripts/search/search-plan.ts.
  'pagefind-worker.js',
];

/** Every record of the plan, in document order, from the plan model; each record's page must have been built. */
export function siteRecords(outDir: string, plan: PlanModel): SearchRecord[] {
  const records = searchRecords(plan);
  for (const page of new Set(records.map((r) => r.page))) {
    const file = join(outDir, page, 'index.html');
    if (!existsSync(file)) throw new Error(`Search index: ${file} was not built`);
  }
  return records;
}

const check = (what: string, response: { errors: string[] }) => {
  if (response.errors.length > 0) throw new Error(`Pagefind ${what} failed:\n${response.errors.join('\n')}`);
};

/** The records of each page, in document order, each with its place in the plan. */
export function pagePayloads(records: readonly SearchRecord[]): PagePayload[] {
  const pages = new Map<string, OrderedRecord[]>();
  records.forEach((record, o) => {
    const list = pages.get(record.page) ?? [];
    list.push({ ...record, o });
    pages.set(record.page, list);
  });
  return [...pages].map(([page, list]) => toPayload(page, list[0]!.chapter, list));
}

/** Splits the pages, in order, into `count` runs of about equal text length. */
export function splitIntoParts<T>(items: readonly T[], count: number, size: (item: T) => number): T[][] {
  const total = items.reduce((n, item) => n + size(item), 0);
  const parts: T[][] = [];
  let done = 0;
  for (const item of items) {
    // Each item goes to the part its middle falls in.
    const at = Math.min(count - 1, Math.floor(((done + size(item) / 2) / total) * count));
    (parts[at] ??= []).push(item);
    done += size(item);
  }
  return parts.filter(Boolean);
}

/** The url of a part's Pagefind record: its first page, and a digest of its payload so a change renames the fragment. */
const recordUrl = (part: PagePayload[]) => `/${part[0]!.page}#${createHash('sha256').update(JSON.stringify(part)).digest('hex').slice(0, 12)}`;

export async function writeSearchIndex(outDir: string, plan: PlanModel, cacheDir?: string): Promise<{ records: number; passages: number; parts: number; bytes: { before: number; after: number } }> {
  const records = siteRecords(outDir, plan);
  const payloads = pagePayloads(records);
  // Each page's text as the search compares it, once: for the alphabet, the split and the records.
  const texts = new Map(payloads.map((p) => [p, p.records.flatMap((r) => r.passages.map((row) => comparable(row[2]))).join('')]));
  const textOf = (payload: PagePayload) => texts.get(payload)!;
  const alphabet = alphabetOf(texts.values());
  const outputPath = join(outDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  const parts = splitIntoParts(payloads, PARTS, (p) => textOf(p).length);
  const byUrl = new Map<string, PagePayload[]>();
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created);
    const index = created.index!;
    for (const part of parts) {
      const url = recordUrl(part);
      byUrl.set(url, part);
      const response = await index.addCustomRecord({ url, content: recordContent(charsOf(part.map(textOf).join('')), alphabet), language: 'zh', meta: {}, filters: {} });
      check(`record ${url}`, response);
    }
    check('writeFiles', await index.writeFiles({ outputPath }));
  } finally {
    await pagefind.close();
  }
  for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
  const fragments = rewriteFragments(join(outputPath, 'fragment'), byUrl);
  if (fragments !== parts.length) throw new Error(`Search index: ${parts.length} parts but ${fragments} fragments`);
  await minifyLoader(join(outputPath, 'pagefind.js'), cacheDir);
  const bytes = await recompressBundle(outputPath, cacheDir);
  return { records: records.length, passages: records.reduce((n, r) => n + r.passages.length, 0), parts: parts.length, bytes };
}

export default function pagefindPlan(): AstroIntegration {
  let cacheDir: string | undefined;
  let root = process.cwd();
  return {
    name: 'pagefind-plan',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'pagefind-bundle');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          // Imported here: the model reads the data modules, which astro.config.mjs must not load (plan-checks reports their errors).
          const { readPlan } = await import('./plan/read-plan.ts');
          const { records, passages, parts, bytes } = await timed('search', () => writeSearchIndex(outDir, readPlan(root), cacheDir));
          const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
          logger.info(`Search index: ${passages} passages in ${records} sections, in ${parts} parts; Pagefind files ${kb(bytes.after)} (gzip)`);
        } catch (cause) {
          throw new Error('Building the search index failed', { cause });
        }
      },
    },
  };
}
