/**
 * What the 下载 page (/downloads/) offers: each file named by what it is for (no two alike), a few
 * plain words on what it holds and how to open it (the technical formats explained), and its file
 * name and size as secondary detail. Two kinds, both routes of the site: the plan's downloads
 * (src/pages/downloads/[file].ts) and the open-data files (src/pages/data/[file].ts). The page renders
 * its lists from the same bodies those routes serve (src/pages/downloads/_files.ts), so every size
 * is the file's own, at render time, without a second pass over the built HTML.
 */
import { t } from '../../i18n/ui.ts';
import { PASSAGES_SCHEMA_NAME } from './to-passages-json.ts';
import type { OpenFile } from '../indicators/open-files.ts';
import type { DATA_ARCHIVE } from '../../integrations/data-archive.ts';

/** The folder of the plan's downloads, relative to the site base. */
export const DOWNLOADS_DIR = 'downloads';
/** The folder of the open data files, relative to the site base. */
export const DATA_DIR = 'data';

/** How the page describes a file. */
export interface Download {
  /** The link's text: what the file is for, unique on the page. */
  label: string;
  /** What it holds and how to open it, in plain words. */
  about: string;
  /** The file name a browser saves it as (the download attribute), when it should be saved rather than shown. */
  saveAs?: string;
}

export interface DownloadEntry extends Download {
  /** Relative to the site base: downloads/plan.docx */
  path: string;
  bytes: number;
}

export type PlanDownload = 'plan.docx' | 'plan.md' | 'plan.txt' | 'plan-passages.json' | typeof PASSAGES_SCHEMA_NAME;

/** The plan's downloads, in the order the page lists them: the everyday formats first. */
export const PLAN_DOWNLOADS: Readonly<Record<PlanDownload, Download>> = {
  'plan.docx': { label: t('downloads.docx'), about: t('downloads.docxFor'), saveAs: `${t('site.fullName')}.docx` },
  'plan.txt': { label: t('downloads.txt'), about: t('downloads.txtFor'), saveAs: `${t('site.fullName')}.txt` },
  'plan.md': { label: t('downloads.md'), about: t('downloads.mdFor'), saveAs: `${t('site.fullName')}.md` },
  'plan-passages.json': { label: t('downloads.json'), about: t('downloads.jsonAbout') },
  [PASSAGES_SCHEMA_NAME]: { label: t('downloads.schema'), about: t('downloads.schemaFor') },
};

export type DataDownload = OpenFile | typeof DATA_ARCHIVE;

const table = (subject: 'indicators' | 'series' | 'targets' | 'fields', name: string): Download => ({
  label: `${t(`downloads.${subject}`)}${t('downloads.asTable')}`,
  about: `${t(`downloads.${subject}For`)}${t('downloads.csvFormat')}`,
  saveAs: name,
});
const data = (subject: 'indicators' | 'series' | 'targets' | 'all'): Download => ({
  label: `${t(`downloads.${subject}`)}${t('downloads.asData')}`,
  about: `${t(`downloads.${subject}For`)}${t('downloads.jsonFormat')}`,
});

/**
 * Every file of data/, in the order the page lists them: typed by the routes' own file list, so a
 * data file added there cannot be published without its words here.
 */
export const DATA_DOWNLOADS: Readonly<Record<DataDownload, Download>> = {
  'indicators.csv': table('indicators', 'indicators.csv'),
  'indicators.json': data('indicators'),
  'indicator-series.csv': table('series', 'indicator-series.csv'),
  'indicator-series.json': data('series'),
  'targets.csv': table('targets', 'targets.csv'),
  'targets.json': data('targets'),
  'fields.csv': table('fields', 'fields.csv'),
  'all.json': data('all'),
  'plan-data.zip': { label: t('downloads.zip'), about: t('downloads.zipFor') },
};

/** A file's body as a route serves it (a Response takes an ArrayBuffer-backed array). */
export type FileBody = string | Uint8Array<ArrayBuffer>;

/** The size of a file's body as served. */
const byteLength = (body: FileBody): number => (typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);

/** The page's entries of a catalog, in its order, each with its path and the size of its body. */
export function downloadEntries<K extends string>(catalog: Readonly<Record<K, Download>>, dir: string, body: (file: K) => FileBody): DownloadEntry[] {
  return (Object.keys(catalog) as K[]).map((file) => ({ ...catalog[file], path: `${dir}/${file}`, bytes: byteLength(body(file)) }));
}
