/** /data/targets.json: open data built from the data modules (src/lib/indicators/open-files.ts). */
import type { APIRoute } from 'astro';
import { openFiles } from '../../lib/indicators/open-files.ts';

export const GET: APIRoute = () =>
  new Response(openFiles['targets.json'](), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
