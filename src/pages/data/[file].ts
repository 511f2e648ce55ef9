/**
 * /data/*: the open data built from the data modules (src/lib/indicators/open-files.ts), and
 * plan-data.zip, every file of it with the field descriptions in one download for spreadsheet users.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { openFiles, type OpenFile } from '../../lib/indicators/open-files.ts';
import { dataArchive, DATA_ARCHIVE } from '../../integrations/data-archive.ts';

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8', zip: 'application/zip' };

export const getStaticPaths = (() => [...Object.keys(openFiles), DATA_ARCHIVE].map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  const body = file === DATA_ARCHIVE ? dataArchive() : openFiles[file as OpenFile]();
  return new Response(body, { headers: { 'Content-Type': TYPES[file.split('.').pop()!]! } });
};
