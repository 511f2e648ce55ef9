/**
 * The plan's downloads, as a build step after the pages and the search index: the whole plan as
 * .docx, Markdown and plain text, and every passage as JSON with its JSON Schema, all generated from
 * the plan model (src/lib/plan/model.ts, the one the pages and the search are built from) into
 * downloads/; then the 下载 page's lists are filled in with each file's size as written, and with
 * every file the build wrote into data/ (so open data added by any page is listed without a change
 * here). Runs before offline() (the files belong in the offline copy) and publish() (which compresses
 * them).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPublisher } from '../lib/publisher.ts';
import { dataEntry, DATA_DIR, DOWNLOADS_DIR, downloadItemsHtml, fillList, formatBytes, planDownloadEntries, type DownloadEntry, type PlanDownload } from '../lib/downloads/catalog.ts';
import type { ExportInput } from '../lib/downloads/export-input.ts';
import { toDocx } from '../lib/downloads/to-docx.ts';
import { toMarkdown } from '../lib/downloads/to-markdown.ts';
import { toPlainText } from '../lib/downloads/to-plain-text.ts';
import { PASSAGES_SCHEMA_NAME, passagesJsonSchema, toPassagesJson } from '../lib/downloads/to-passages-json.ts';
import { td } from '../i18n/ui.ts';
import { timed } from './build-timing.ts';

const NAME = 'plan:downloads';

/** Every download's bytes, by file name. */
export async function planDownloads(input: ExportInput): Promise<Record<PlanDownload, string | Uint8Array>> {
  return {
    'plan.docx': await toDocx(input),
    'plan.md': toMarkdown(input),
    'plan.txt': toPlainText(input),
    'plan-passages.json': toPassagesJson(input, td('downloads.jsonFor')),
    [PASSAGES_SCHEMA_NAME]: passagesJsonSchema(),
  };
}

/** The 下载 page with its lists filled in from the files of the build under `root`. */
export function fillDownloadsPage(html: string, root: string, base: string): string {
  const sized = (entry: DownloadEntry): DownloadEntry => {
    const file = join(root, entry.path);
    if (!existsSync(file)) throw new Error(`${NAME}: the downloads page lists ${entry.path}, which the build did not write`);
    return { ...entry, bytes: statSync(file).size };
  };
  const dataDir = join(root, DATA_DIR);
  const dataFiles = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => statSync(join(dataDir, f)).isFile()).sort((a, b) => a.localeCompare(b, 'en')) : [];
  const withPlan = fillList(html, 'plan', downloadItemsHtml(planDownloadEntries().map(sized), base));
  return fillList(withPlan, 'data', downloadItemsHtml(dataFiles.map(dataEntry).map(sized), base));
}

export default function downloads(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site: string | undefined;
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ? new URL(config.site).origin : undefined;
      },
      'astro:build:done': async ({ dir, logger }) =>
        timed('downloads', async () => {
          const outDir = fileURLToPath(dir);
          try {
            // Imported here: the model reads the data modules, which astro.config.mjs must not load (plan-checks reports their errors).
            const { readPlan } = await import('./plan/read-plan.ts');
            const { errata } = await import('../data/errata.ts');
            const input: ExportInput = { plan: readPlan(root), errata, document: loadPublisher(root).document, site, base };
            const files = await planDownloads(input);
            mkdirSync(join(outDir, DOWNLOADS_DIR), { recursive: true });
            for (const [name, bytes] of Object.entries(files)) writeFileSync(join(outDir, DOWNLOADS_DIR, name), bytes);
            const page = join(outDir, DOWNLOADS_DIR, 'index.html');
            if (!existsSync(page)) throw new Error(`${NAME}: the downloads page (src/pages/downloads.astro) was not built`);
            writeFileSync(page, fillDownloadsPage(readFileSync(page, 'utf8'), outDir, base));
            logger.info(`downloads: ${Object.entries(files).map(([name, bytes]) => `${name} ${formatBytes(typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length)}`).join(', ')}`);
          } catch (cause) {
            throw new Error('Writing the downloads failed', { cause });
          }
        }),
    },
  };
}
