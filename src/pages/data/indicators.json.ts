/** /data/indicators.json: open data built from the data modules (src/lib/indicators/open-files.ts). */
import type { APIRoute } from 'astro';
import { openFiles } from '../../lib/indicators/open-files.ts';

export const GET: APIRoute = () =>
  new Response(openFiles['indicators.json'](), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
