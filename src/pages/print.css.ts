/**
 * /print.css: the print stylesheet (src/styles/print.css), minified, with the running header of every
 * printed page: the plan's title, and the issuer when the publisher's settings name one. Served as its
 * own file with media="print" (BaseLayout), so it never delays the first paint on screen; made here
 * rather than bundled because the header's words come from the settings.
 */
import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import source from '../styles/print.css?raw';
import { publisher } from '../lib/publisher.ts';
import { runningHeader } from '../lib/print-header.ts';
import { t } from '../i18n/ui.ts';

export const GET: APIRoute = async () => {
  const { code } = await transform(source, { loader: 'css', minify: true, charset: 'utf8' });
  // The header after minifying: its strings keep cssString's escapes (same bytes as minifying it too, but for those).
  return new Response(code.trimEnd() + runningHeader(t('site.fullName'), publisher.document.issuer), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
