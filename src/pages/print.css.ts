/**
 * /print.css: the print stylesheet (src/styles/print.css), minified, with the running header of every
 * printed page: the plan's title, and the issuer when the publisher's settings name one. Served as its
 * own file with media="print" (BaseLayout), so it never delays the first paint on screen; made here
 * rather than bundled because the header's words come from the settings. Also, on a page with repair
 * marks (Fix.astro), which print as [勘误说明第3条], where that list is: 勘误说明：<its address>.
 */
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../styles/print.css?raw';
import { publisher } from '../lib/publisher.ts';
import { runningHeader } from '../lib/print-header.ts';
import { cssString } from '../lib/escape.ts';
import { withBase } from '../lib/url.ts';
import { t } from '../i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  const { code } = await transform(source, { loader: 'css', minify: true, charset: 'utf8' });
  // Printed, a chapter with a repair mark ends with where the marks are explained. Its address only
  // where the build knows the site's (SITE_URL): never a guessed origin; else the page's path.
  const note = `${t('errata.title')}：${site ? new URL(withBase('errata/'), site).href : withBase('errata/')}`;
  const fixNote = `@media print{main:has(.fix-ref)::after{content:${cssString(note)}}}\n`;
  // The note and then the header (the last rule) after minifying: their strings keep cssString's escapes (esbuild would print \3c as a raw <).
  return new Response(`${code.trimEnd()}\n${fixNote}${runningHeader(t('site.fullName'), publisher.document.issuer)}`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
