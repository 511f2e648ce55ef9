/** sitemap.xml listing every readable page with absolute URLs (SITE_URL + BASE_PATH). */
import type { APIRoute } from 'astro';
import { sitePages } from '../lib/site-pages.ts';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const urls = sitePages().map((path) => `  <url><loc>${new URL(withBase(path), site).href}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
