/**
 * 分享 on every page of both builds: the panel's QR code is a file of the site (made at build time,
 * never by an outside service), it encodes the page's own published address (read back by a QR
 * decoder), the panel names that address, and the 404 page offers no sharing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileForPath, loadHtml } from '../support/dist.ts';
import { BUILDS, TEST_SITE } from '../support/paths.ts';
import { readQrSvg } from '../support/qr.ts';
import { sitemapPaths } from '../support/sitemap.ts';

describe.each(BUILDS)('分享 under $base', (build) => {
  it.each(sitemapPaths(build))('/%s: its QR code opens this very page', (path) => {
    const $ = loadHtml(fileForPath(build.dir, path)!);
    const address = new URL(`${build.base}${path}`, TEST_SITE).href;
    const img = $('details.share img');
    expect(img.attr('src')).toBe(`${build.base}${path}qr.svg`);
    expect(img.attr('loading')).toBe('lazy');
    expect($('details.share [data-share-url]').text()).toBe(address);
    expect(readQrSvg(readFileSync(join(build.dir, path, 'qr.svg'), 'utf8'))).toBe(address);
  });

  it('the 404 page offers no sharing and no reading tools', () => {
    const $ = loadHtml(join(build.dir, '404.html'));
    expect($('details.share, details.tools, [data-reader-live]').length).toBe(0);
  });
});
