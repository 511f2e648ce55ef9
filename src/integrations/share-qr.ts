/**
 * After the build, a QR code of every page's own address (qr.svg beside its index.html), for the 分享
 * panel: made here, from SITE_URL + BASE_PATH + the page's path, so no reader's address is sent to any
 * outside service. A build without SITE_URL does not know the address and writes none (the panel then
 * offers the address and 复制链接 only). Before publish(), which compresses the files and sets the CSP.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qrSvg } from '../lib/qr-svg.ts';
import { QR_FILE } from '../lib/share.ts';
import { basePrefix } from '../lib/url.ts';
import { t } from '../i18n/ui.ts';
import { sitemapPages } from './sitemap.ts';
import { timed } from './build-timing.ts';

export default function shareQr(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'plan:share-qr',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = basePrefix(config.base);
      },
      'astro:build:done': ({ dir, pages, logger }) =>
        timed('share', async () => {
          if (!site) return;
          const outDir = fileURLToPath(dir);
          // The same pages the sitemap lists: every HTML page but 404.
          const list = sitemapPages(
            pages.map((p) => p.pathname),
            outDir,
          );
          for (const page of list) {
            const url = new URL(base + page, site).href;
            writeFileSync(join(outDir, page, QR_FILE), qrSvg(url, t('share.qrTitle', { url })));
          }
          logger.info(`${QR_FILE}: ${list.length} pages`);
        }),
    },
  };
}
