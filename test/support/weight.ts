/**
 * What a page costs before the reader does anything: every response until the network is idle, with
 * its size as sent gzip-compressed (level 9, as the build's .gz copies), grouped by kind.
 * Shared by the budget tests and `npm run bench:weight`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { openPage, PHONE } from './browser.ts';

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface Resource {
  url: string;
  kind: Kind;
  status: number;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  url: string;
  resources: Resource[];
  /** gzip bytes per kind */
  gzip: Record<Kind, number>;
  /**
   * gzip bytes of the stylesheets that block the first paint on screen: those the page links in its
   * <head> for a media that applies (not media="print"). With the HTML, the first round trip.
   */
  renderBlockingCss: number;
  /** Console errors and uncaught exceptions while loading. */
  errors: string[];
  /** Every URL requested. */
  requests: string[];
}

const kindOf = (resourceType: string, contentType: string): Kind => {
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  return 'other';
};

export async function measurePage(browser: Browser, url: string, options: BrowserContextOptions = PHONE): Promise<PageWeight> {
  const { page, context, errors, requests } = await openPage(browser, options);
  const pending: Promise<Resource | null>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        if (response.status() >= 300 && response.status() < 400) return null;
        const body = await response.body().catch(() => Buffer.alloc(0));
        const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
        return { url: response.url(), kind, status: response.status(), bytes: body.length, gzip: body.length ? gzipSync(body, { level: 9 }).length : 0 };
      })(),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const blocking = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('head link[rel="stylesheet"]')].filter((l) => !l.media || matchMedia(l.media).matches).map((l) => l.href),
  );
  const resources = (await Promise.all(pending)).filter((r): r is Resource => r !== null);
  await context.close();
  const gzip: Record<Kind, number> = { html: 0, css: 0, js: 0, other: 0 };
  for (const r of resources) gzip[r.kind] += r.gzip;
  const renderBlockingCss = resources.filter((r) => r.kind === 'css' && blocking.includes(r.url)).reduce((sum, r) => sum + r.gzip, 0);
  return { url, resources, gzip, renderBlockingCss, errors, requests };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
