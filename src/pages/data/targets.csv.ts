/** /data/targets.csv: open data built from the data modules (src/lib/indicators/open-files.ts). */
import type { APIRoute } from 'astro';
import { openFiles } from '../../lib/indicators/open-files.ts';

export const GET: APIRoute = () =>
  new Response(openFiles['targets.csv'](), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
