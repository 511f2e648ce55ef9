/**
 * What the 下载 page (/downloads/) lists: the plan's downloads (written by src/integrations/downloads.ts)
 * and the open data files the build wrote into data/, each with its format, what it is for and its
 * size. The list items are made here, as HTML, by one function: the page renders them (sizes not yet
 * known), and after the build has written every file the downloads step renders them again with each
 * file's size read from disk, and with every file that data/ holds, so a data file added anywhere is
 * listed without touching this module.
 */
import { t, td } from '../../i18n/ui.ts';
import { htmlAttr, htmlText } from '../escape.ts';
import { PASSAGES_SCHEMA_NAME } from './to-passages-json.ts';

/** The folder of the plan's downloads, relative to the site base. */
export const DOWNLOADS_DIR = 'downloads';
/** The folder of the open data files, relative to the site base. */
export const DATA_DIR = 'data';

export interface DownloadEntry {
  /** Relative to the site base: downloads/plan.docx */
  path: string;
  /** The link's text: the format. */
  format: string;
  purpose: string;
  /** The file name a browser saves it as (the download attribute), when it should be saved rather than shown. */
  saveAs?: string;
  /** Its size, once the build has written it. */
  bytes?: number;
}

export type PlanDownload = 'plan.docx' | 'plan.md' | 'plan.txt' | 'plan-passages.json' | typeof PASSAGES_SCHEMA_NAME;

/** The plan's downloads, in the order the page lists them. */
export const PLAN_DOWNLOADS: readonly (Omit<DownloadEntry, 'path'> & { file: PlanDownload })[] = [
  { file: 'plan.docx', format: td('downloads.docx'), purpose: td('downloads.docxFor'), saveAs: `${t('site.fullName')}.docx` },
  { file: 'plan.md', format: td('downloads.md'), purpose: td('downloads.mdFor'), saveAs: `${t('site.fullName')}.md` },
  { file: 'plan.txt', format: td('downloads.txt'), purpose: td('downloads.txtFor'), saveAs: `${t('site.fullName')}.txt` },
  { file: 'plan-passages.json', format: td('downloads.json'), purpose: td('downloads.jsonFor') },
  { file: PASSAGES_SCHEMA_NAME, format: td('downloads.schema'), purpose: td('downloads.schemaFor') },
];

export const planDownloadEntries = (): DownloadEntry[] => PLAN_DOWNLOADS.map(({ file, ...rest }) => ({ path: `${DOWNLOADS_DIR}/${file}`, ...rest }));

/** What the data files the site publishes today are; a file not named here is described by its type. */
const DATA_PURPOSES: Record<string, string> = {
  indicators: td('downloads.indicators'),
  targets: td('downloads.targets'),
};

/** A file of data/ (its name, e.g. indicators.csv) as the page lists it. */
export function dataEntry(name: string): DownloadEntry {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot < 0 ? [name, ''] : [name.slice(0, dot), name.slice(dot + 1).toLowerCase()];
  const format = ext === 'csv' ? td('downloads.dataCsv') : ext === 'json' ? td('downloads.dataJson') : ext.toUpperCase() || name;
  return { path: `${DATA_DIR}/${name}`, format, purpose: DATA_PURPOSES[stem] ?? name, ...(ext === 'csv' ? { saveAs: name } : {}) };
}

/** The data files the page lists before the build has written any (the open data of today's site). */
export const KNOWN_DATA_FILES: readonly string[] = ['indicators.json', 'indicators.csv', 'targets.json', 'targets.csv'];

/** 45123 -> 44.1 KB (1024 bytes a KB, as the site's other figures); under 1 KB in bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}


/** The list items of a list of downloads, with sizes where known. */
export function downloadItemsHtml(entries: readonly DownloadEntry[], base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return entries
    .map((e) => {
      const name = e.path.slice(e.path.lastIndexOf('/') + 1);
      const download = e.saveAs ? ` download="${htmlAttr(e.saveAs)}"` : '';
      const size = e.bytes === undefined ? htmlText(td('downloads.sizeUnknown')) : `<data value="${e.bytes}">${formatBytes(e.bytes)}</data>`;
      return `<li><a href="${htmlAttr(prefix + e.path)}"${download}>${htmlText(e.format)}</a> <span class="file-meta">${htmlText(name)}，${size}</span><br>${htmlText(e.purpose)}</li>`;
    })
    .join('');
}

export type ListName = 'plan' | 'data';

/** Puts `items` into the page's list `<ul … data-files="name">`; throws when the page has no such list. */
export function fillList(html: string, list: ListName, items: string): string {
  const open = new RegExp(`<ul\\b[^>]*\\bdata-files="${list}"[^>]*>`, 'u').exec(html);
  const close = open ? html.indexOf('</ul>', open.index) : -1;
  if (!open || close < 0) throw new Error(`the downloads page has no list data-files="${list}"`);
  const start = open.index + open[0].length;
  return html.slice(0, start) + items + html.slice(close);
}
