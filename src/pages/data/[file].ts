/**
 * /data/*: the open data built from the data modules (src/lib/indicators/open-files.ts), and
 * plan-data.zip, every file of it with the field descriptions in one download for spreadsheet users.
 * The list is the 下载 page's (DATA_DOWNLOADS), so every file published is described there.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_DOWNLOADS, type DataDownload } from '../../lib/downloads/catalog.ts';
import { dataFile } from '../downloads/_files.ts';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', zip: 'application/zip' };

export const getStaticPaths = (() => Object.keys(DATA_DOWNLOADS).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file as DataDownload;
  return new Response(dataFile(file), { headers: { 'Content-Type': TYPES[file.split('.').pop()!]! } });
};
