/**
 * Builds the Pagefind index of the plan after Astro has written the pages, as part of every build:
 * one Pagefind record per section, chapter introduction, 专栏 and the preamble (see
 * src/lib/search/tokens.ts for what is indexed and why). Fails the build loudly when Pagefind
 * reports an error, and always closes the Pagefind service.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageRecords, type SearchRecord } from '../lib/search/records.ts';
import { comparable } from '../lib/search/query.ts';
import { tokensOf } from '../lib/search/tokens.ts';
import { CHAPTER_COUNT } from '../lib/site-pages.ts';

/** Files the site's own search client needs from the bundle; Pagefind's UI bundles are removed. */
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // The client runs Pagefind on the main thread (noWorker), see src/lib/search/search-plan.ts.
  'pagefind-worker.js',
];

/** Every record of the built site, in document order. */
export function siteRecords(outDir: string): SearchRecord[] {
  const pages = [{ page: '', chapter: 0 }, ...Array.from({ length: CHAPTER_COUNT }, (_, i) => ({ page: `chapters/${i + 1}/`, chapter: i + 1 }))];
  return pages.flatMap(({ page, chapter }) => {
    const file = join(outDir, page, 'index.html');
    if (!existsSync(file)) throw new Error(`Search index: ${file} was not built`);
    const records = pageRecords(readFileSync(file, 'utf8'), page, chapter);
    if (records.length === 0) throw new Error(`Search index: no plan text found in ${file}`);
    return records;
  });
}

const check = (what: string, response: { errors: string[] }) => {
  if (response.errors.length > 0) throw new Error(`Pagefind ${what} failed:\n${response.errors.join('\n')}`);
};

export async function writeSearchIndex(outDir: string): Promise<{ records: number; passages: number }> {
  const records = siteRecords(outDir);
  const outputPath = join(outDir, 'pagefind');
  rmSync(outputPath, { recursive: true, force: true });
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created);
    const index = created.index!;
    for (const [i, record] of records.entries()) {
      const tokens = new Set(record.passages.flatMap((p) => tokensOf(comparable(p.text))));
      const response = await index.addCustomRecord({
        url: `${record.page}#r${i}`,
        content: [...tokens].sort().join(' '),
        language: 'zh',
        meta: {},
        // Meta fields are indexed (measured: they double the index); filters are only stored in the
        // fragment and in filter files the client never requests, so the passages travel as a filter.
        // Chapter and kind filters are applied in the browser to the verified passages, so the
        // counts shown are exact; Pagefind filters would only narrow whole records.
        filters: { record: [JSON.stringify({ o: i, ...record })] },
      });
      check(`record ${record.page} ${record.path.join(' › ')}`, response);
    }
    check('writeFiles', await index.writeFiles({ outputPath }));
  } finally {
    await pagefind.close();
  }
  for (const name of UNUSED) rmSync(join(outputPath, name), { force: true });
  return { records: records.length, passages: records.reduce((n, r) => n + r.passages.length, 0) };
}

export default function pagefindPlan(): AstroIntegration {
  return {
    name: 'pagefind-plan',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { records, passages } = await writeSearchIndex(outDir);
          logger.info(`Search index: ${passages} passages in ${records} records`);
        } catch (cause) {
          throw new Error('Building the search index failed', { cause });
        }
      },
    },
  };
}
