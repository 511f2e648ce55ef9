/**
 * Builds the Pagefind index of the plan after Astro has written the pages, as part of every build:
 * the plan's passages (from the plan model; the site tests check them against the built pages), its
 * pages (home page and chapters) in PARTS runs of about equal length, one Pagefind record
 * each, indexed as the characters the part holds (src/lib/search/pagefind-adapter.ts); each record's
 * fragment is then rewritten to carry the part's passages (src/integrations/pagefind-bundle.ts).
 * The same passages, all pages in one file, go to PASSAGES_FILE for search without Pagefind. Fails
 * the build loudly when Pagefind reports an error, and always closes the Pagefind service.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import type { PlanModel } from '../lib/plan/model.ts';
import { fromPayload, PASSAGES_FILE, toPayload, type OrderedRecord, type PagePayload } from '../lib/search/payload.ts';
import { comparable } from '../lib/search/comparable.ts';
import { alphabetOf, BUNDLE_DIR, charsOf, customRecord, FRAGMENT_DIR, LOADER, recordContent, SENTINEL, UNUSED_FILES } from '../lib/search/pagefind-adapter.ts';
import { minifyLoader, recompressBundle, rewriteFragments } from './pagefind-bundle.ts';
import { timed } from './build-timing.ts';

/**
 * How many parts the plan is indexed and fetched in. A query fetches the parts that hold all its
 * characters; fewer, larger parts compress better (the whole plan is 23 KB gzip in one file, 31 KB
 * in eleven, one per page) and make a smaller index, more parts let a narrow query fetch less.
 * Measured over the sample queries (README, search section).
 */
export const PARTS = 3;

/** Every record of the plan, in document order, from the plan model; each record's page must have been built. */
function siteRecords(outDir: string, plan: PlanModel): SearchRecord[] {
  const records = searchRecords(plan, { hasPage: (path) => existsSync(join(outDir, path, 'index.html')) });
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
function pagePayloads(records: readonly SearchRecord[]): PagePayload[] {
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

async function writeSearchIndex(
  outDir: string,
  plan: PlanModel,
  cacheDir?: string,
): Promise<{ records: number; passages: number; parts: number; bytes: { before: number; after: number } }> {
  const records = siteRecords(outDir, plan);
  const payloads = pagePayloads(records);
  // Each page's text as the search compares it, once: for the alphabet, the split and the records.
  const texts = new Map(
    payloads.map((p) => [
      p,
      fromPayload(p)
        .flatMap((r) => r.passages.map((passage) => comparable(passage.text)))
        .join(''),
    ]),
  );
  const textOf = (payload: PagePayload) => texts.get(payload)!;
  const alphabet = alphabetOf(texts.values());
  const outputPath = join(outDir, BUNDLE_DIR);
  rmSync(outputPath, { recursive: true, force: true });
  const parts = splitIntoParts(payloads, PARTS, (p) => textOf(p).length);
  // The browser tells "nothing found" from "the index did not load" by a character every part holds.
  const lacking = parts.filter((part) => !part.some((p) => textOf(p).includes(SENTINEL)));
  if (lacking.length)
    throw new Error(
      `Search index: the part starting at /${lacking[0]![0]!.page} has no "${SENTINEL}", the character every part must hold (SENTINEL in src/lib/search/pagefind-adapter.ts)`,
    );
  const byUrl = new Map<string, PagePayload[]>();
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created);
    const index = created.index!;
    for (const part of parts) {
      const url = recordUrl(part);
      byUrl.set(url, part);
      const response = await index.addCustomRecord(customRecord(url, recordContent(charsOf(part.map(textOf).join('')), alphabet)));
      check(`record ${url}`, response);
    }
    check('writeFiles', await index.writeFiles({ outputPath }));
  } finally {
    await pagefind.close();
  }
  for (const name of UNUSED_FILES) rmSync(join(outputPath, name), { force: true });
  const fragments = await rewriteFragments(join(outputPath, FRAGMENT_DIR), byUrl);
  if (fragments !== parts.length) throw new Error(`Search index: ${parts.length} parts but ${fragments} fragments`);
  await minifyLoader(join(outputPath, LOADER), cacheDir);
  const passagesFile = join(outDir, PASSAGES_FILE);
  mkdirSync(dirname(passagesFile), { recursive: true });
  writeFileSync(passagesFile, JSON.stringify(payloads));
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
