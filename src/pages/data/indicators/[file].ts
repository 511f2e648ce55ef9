/** /data/indicators/<id>.csv and .json: one indicator's series (and, in the JSON, its record). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indicators } from '../../../data/indicators.ts';
import { indicatorFiles } from '../../../lib/indicators/open-files.ts';

export const getStaticPaths = (() =>
  indicators.flatMap((ind) => ['csv', 'json'].map((ext) => ({ params: { file: `${ind.id}.${ext}` } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const [id, ext] = params.file!.split('.') as [string, 'csv' | 'json'];
  return new Response(indicatorFiles(id)[ext], { headers: { 'Content-Type': ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
};
