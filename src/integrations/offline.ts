/**
 * Offline reading, as a build step: after every other step has written its files (and before
 * publish() hashes and compresses them), lists every file of the build that belongs in the offline
 * copy with its revision, fills in the copy's size on the 下载 page, and bundles the service worker
 * (src/scripts/offline/service-worker.ts) into sw.js at the site base with that list and the build's
 * version in it, so a new build is a new worker whose install replaces the old copy. The switch is
 * the publisher's `offline.enabled` (content/settings/publisher.json): when it is off, pages register
 * no worker (the registration is compiled out: __PLAN_OFFLINE__) and sw.js is the worker that
 * unregisters itself and deletes the copy, for readers who still have one.
 */
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPublisher } from '../lib/publisher.ts';
import { formatBytes } from '../lib/format.ts';
import { OFFLINE_NOTE_CSS } from '../lib/offline/offline-note.ts';
import { buildVersion, isPrecached, NOTE_CSS_FILE, OFFLINE_SIZE_ATTRIBUTE, precacheList, WORKER_FILE, type PrecacheList } from '../lib/offline/precache.ts';
import { t } from '../i18n/ui.ts';
import { timed } from './build-timing.ts';

const NAME = 'plan:offline';
/** Stands for the version in the bundle until the version (a digest of the bundle and the list) is known; safe inside any string. */
const VERSION_PLACEHOLDER = 'OFFLINEVERSIONPLACEHOLDER';

const worker = (name: string) => fileURLToPath(new URL(`../scripts/offline/${name}`, import.meta.url));

async function bundle(entry: string, define: Record<string, string>): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'iife', target: 'es2020', write: false, define, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** The build's files that go into the offline copy (isPrecached), with their bytes; the others are not read. */
function builtFiles(root: string): { file: string; bytes: Uint8Array }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => isPrecached(f) && statSync(join(root, f)).isFile())
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(root, file)) }));
}

/** Puts the copy's size into the 下载 page's <data data-offline-size> element. */
export function fillOfflineSize(html: string, bytes: number): string {
  const element = new RegExp(`<data\\b[^>]*\\b${OFFLINE_SIZE_ATTRIBUTE}\\b[^>]*>[\\s\\S]*?</data>`, 'u');
  if (!element.test(html)) throw new Error(`the downloads page has no <data ${OFFLINE_SIZE_ATTRIBUTE}> element for the offline copy's size`);
  return html.replace(element, `<data ${OFFLINE_SIZE_ATTRIBUTE} value="${bytes}">${formatBytes(bytes)}</data>`);
}

/** The worker of a build with offline reading on: the list and version put in. */
async function offlineWorker(list: PrecacheList): Promise<{ code: string; version: string }> {
  const code = await bundle(worker('service-worker.ts'), {
    __OFFLINE_VERSION__: JSON.stringify(VERSION_PLACEHOLDER),
    __OFFLINE_FILES__: JSON.stringify(list.files),
    __OFFLINE_TEXT__: JSON.stringify({ note: t('offline.note'), missing: t('offline.noteMissing'), newer: t('offline.newer'), cssFile: NOTE_CSS_FILE }),
  });
  const version = buildVersion(list, code);
  if (!code.includes(VERSION_PLACEHOLDER)) throw new Error(`${NAME}: the bundled worker lost its version placeholder`);
  return { code: code.replaceAll(VERSION_PLACEHOLDER, version), version };
}

export default function offline(): AstroIntegration {
  let enabled = true;
  return {
    name: NAME,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        enabled = loadPublisher(fileURLToPath(config.root)).offline.enabled;
        // The registration in the header's module (src/scripts/offline/register.ts) is compiled out when off.
        updateConfig({ vite: { define: { __PLAN_OFFLINE__: JSON.stringify(enabled) } } });
      },
      'astro:build:done': async ({ dir, logger }) =>
        timed('offline', async () => {
          const root = fileURLToPath(dir);
          if (!enabled) {
            writeFileSync(join(root, WORKER_FILE), await bundle(worker('service-worker-off.ts'), {}));
            logger.info(`offline reading is off (publisher settings): ${WORKER_FILE} unregisters any earlier worker`);
            return;
          }
          writeFileSync(join(root, NOTE_CSS_FILE), OFFLINE_NOTE_CSS);
          // The files are read once: the 下载 page states the copy's size as it was before the size went in,
          // then the list takes the page as written.
          const files = builtFiles(root);
          const downloadsPage = files.find((f) => f.file === 'downloads/index.html');
          if (downloadsPage) {
            const size = files.reduce((n, f) => n + f.bytes.length, 0);
            downloadsPage.bytes = Buffer.from(fillOfflineSize(Buffer.from(downloadsPage.bytes).toString('utf8'), size), 'utf8');
            writeFileSync(join(root, 'downloads', 'index.html'), downloadsPage.bytes);
          }
          const list = precacheList(files);
          const { code, version } = await offlineWorker(list);
          writeFileSync(join(root, WORKER_FILE), code);
          logger.info(
            `offline copy: ${list.files.length} files, ${formatBytes(list.bytes)}; ${WORKER_FILE} ${formatBytes(code.length)}, version ${version} (${relative(process.cwd(), root).split(sep).join('/') || '.'})`,
          );
        }),
    },
  };
}
