/**
 * /manifest.webmanifest: what a phone needs to put the site on its home screen (添加到主屏幕) and open
 * it like an app. Addresses are relative to this file, which sits at the site base, so the same file
 * works at / and under /plan/. Icons: public/icons/ (scripts/make-icons.ts draws the PNGs from the SVG).
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      {
        name: t('site.fullName'),
        short_name: t('site.name'),
        description: t('manifest.description'),
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b3261e',
        icons: [
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
