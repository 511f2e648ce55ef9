/**
 * What the offline copy holds: every file of the build a reader can open or a page loads (pages, CSS,
 * JS, Pagefind's files, images, data, downloads), by the URL it is served at, each with a revision (a
 * digest of its bytes) so a new build fetches only what changed; and the build's version, a digest of
 * the whole list and of the worker itself, so every build that changes anything is a new worker.
 * Pure: the build step (src/integrations/offline.ts) hands it the files and their bytes.
 */
import { createHash } from 'node:crypto';
import { CHARTS_DIR } from '../indicators/paths.ts';

/** The worker's file at the site base. Its scope is the base: the whole site and nothing else. */
export const WORKER_FILE = 'sw.js';
/** The stylesheet of the offline note, written beside the worker (only when offline reading is on). */
export const NOTE_CSS_FILE = 'offline.css';
/** Marks the <data> element of the 下载 page that the build fills with the offline copy's size. */
export const OFFLINE_SIZE_ATTRIBUTE = 'data-offline-size';

/**
 * Files the copy leaves out, each for a reason: the worker itself (browsers fetch it on their own), the
 * precompressed twins (a host serves them in place of the originals), host configuration, and what
 * only crawlers read. And the charts' PNG images: no page shows them (pages draw the SVGs); they are
 * the picture a link preview shows and a download on each indicator page, 43 files and 2.7 MB that
 * would have doubled the copy every reader's phone fetches after a first visit (5.8 MB with them).
 */
const LEFT_OUT = new Set([WORKER_FILE, '_headers', 'robots.txt', 'sitemap.xml']);
/** The pages a server answers 400, 405 and 414 with (src/pages/errors/): the worker never shows them. */
const ERROR_PAGES = 'errors/';
const COMPRESSED = ['.br', '.gz'];
const chartPng = (file: string): boolean => file.startsWith(`${CHARTS_DIR}/`) && file.endsWith('.png');

/** Does a built file (relative to the build folder, forward slashes) go into the offline copy? */
export const isPrecached = (file: string): boolean =>
  !LEFT_OUT.has(file) && !file.startsWith(ERROR_PAGES) && !COMPRESSED.some((ext) => file.endsWith(ext)) && !chartPng(file);

/** The URL path a built file is served at, relative to the base: chapters/1/index.html -> chapters/1/ */
export const precacheUrl = (file: string): string => (file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);

/** A file's revision: the first 16 hex digits of its SHA-256. */
export const revision = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export interface PrecacheList {
  /** [url relative to the base, revision], sorted by url. */
  files: [string, string][];
  /** Sum of the files' sizes in bytes (what the copy takes on the reader's device, uncompressed). */
  bytes: number;
}

/** The copy's list from the build's files and their bytes. */
export function precacheList(files: readonly { file: string; bytes: Uint8Array }[]): PrecacheList {
  const kept = files.filter((f) => isPrecached(f.file));
  return {
    files: kept.map((f): [string, string] => [precacheUrl(f.file), revision(f.bytes)]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
    bytes: kept.reduce((n, f) => n + f.bytes.length, 0),
  };
}

/** The build's version: changes when any file of the copy or the worker's own code changes. */
export const buildVersion = (list: PrecacheList, workerCode: string): string => revision(JSON.stringify(list.files) + workerCode);
