/**
 * /search/traditional.json: traditional-simplified character pairs (src/data/traditional.ts), which
 * the search page fetches only when a query finds nothing, to read traditional characters as the
 * plan's simplified ones.
 */
import type { APIRoute } from 'astro';
import { traditionalPairs } from '../../data/traditional.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(traditionalPairs()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
