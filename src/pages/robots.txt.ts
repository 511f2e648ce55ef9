/** robots.txt: everything may be crawled; names the sitemap when the build knows its address (SITE_URL). */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL(withBase('sitemap.xml'), site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
