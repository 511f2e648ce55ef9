/**
 * deploy/nginx.conf with Debian's nginx as installed (its default site still enabled, test/support/nginx.ts):
 * the built site at the root and a build under /plan/, checked over HTTP (status codes, headers,
 * precompressed files, caching, the Chinese 404 page for every error) and in Chromium with the header
 * and page policies both enforced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, openPage, PHONE } from '../support/browser.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt, listFiles } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { BROTLI_MODULE, PLAN_HOST, startNginx, type Nginx } from '../support/nginx.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * A raw HTTP GET: no automatic decompression, so Content-Encoding can be checked. The plan's host name
 * is sent as Host to nginx on the loopback address, as a reader's request for it would arrive.
 */
const get = (url: string, headers: Record<string, string> = {}): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const viaLoopback = target.hostname === PLAN_HOST ? { host: '127.0.0.1', port: target.port, path: `${target.pathname}${target.search}`, headers: { Host: target.host, ...headers } } : { headers };
    (target.hostname === PLAN_HOST ? request(viaLoopback) : request(url, viaLoopback)).on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });

const hasBrotli = existsSync(BROTLI_MODULE);
let browser: Browser;
beforeAll(async () => {
  // The plan's host name resolves to the loopback address, as DNS would point it at the server.
  browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PLAN_HOST} 127.0.0.1`] });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('deploy/nginx.conf serving the build for $base', (build) => {
  let nginx: Nginx;
  let site: string;
  assertBuilt(build.dir);
  const css = listFiles(build.dir).find((f) => /^_assets\/.*\.css$/.test(f))!;

  beforeAll(async () => {
    nginx = await startNginx({ ...build, brotli: hasBrotli });
    site = `${nginx.origin}${build.base}`;
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  it('serves every sitemap page with status 200 as UTF-8 HTML', async () => {
    for (const path of sitemapPaths(build)) {
      const reply = await get(`${site}${path}`);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
  });

  it('serves the downloads, the manifest and the service worker with their types', async () => {
    const types: [string, RegExp][] = [
      ['downloads/plan.docx', /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/],
      ['downloads/plan.md', /^text\/markdown; charset=utf-8$/],
      ['downloads/plan.txt', /^text\/plain; charset=utf-8$/],
      ['downloads/plan-passages.json', /^application\/json; charset=utf-8$/],
      ['manifest.webmanifest', /^application\/manifest\+json$/],
      ['sw.js', /^application\/javascript; charset=utf-8$/],
    ];
    for (const [path, type] of types) {
      const reply = await get(`${site}${path}`);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toMatch(type);
      expect(reply.headers['cache-control'], `${path} is revalidated`).toBe('no-cache');
    }
  });

  it('sends the security headers, with a CSP that allows only its own origin, on pages and on errors', async () => {
    for (const url of [site, `${site}no-such-page/`]) {
      const { headers } = await get(url);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toMatch(/https?:|\*|data:/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers.server).toBe('nginx');
    }
  });

  it('sends the precompressed .gz copy to a gzip client, and the plain file to others', async () => {
    const page = `${site}chapters/1/`;
    const original = readFileSync(join(build.dir, 'chapters/1/index.html'));
    const gz = await get(page, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/Accept-Encoding/);
    expect(gz.body.equals(readFileSync(join(build.dir, 'chapters/1/index.html.gz')))).toBe(true);
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await get(page);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it.skipIf(!hasBrotli)('sends the precompressed .br copy to a brotli client (module libnginx-mod-http-brotli-static)', async () => {
    const reply = await get(`${site}chapters/1/`, { 'Accept-Encoding': 'br, gzip' });
    expect(reply.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(reply.body).equals(readFileSync(join(build.dir, 'chapters/1/index.html')))).toBe(true);
  });

  it('caches hashed assets for a year and makes pages revalidate', async () => {
    const asset = await get(`${site}${css}`, { 'Accept-Encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/^text\/css/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get(site);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.etag ?? page.headers['last-modified']).toBeTruthy();
    const again = await get(site, { 'If-Modified-Since': String(page.headers['last-modified']) });
    expect(again.status).toBe(304);
  });

  it('redirects a directory without its slash, keeping the host the reader used', async () => {
    const reply = await get(`${site}chapters/3`);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(`${build.base}chapters/3/`);
  });

  it('answers unknown paths and folders without a page with the Chinese 404 page, status 404, never cached long', async () => {
    for (const path of ['no-such-page/', 'chapters/99/', '_headers', 'chapters/', 'data/', '_assets/', '_assets/no-such.css', 'pagefind/']) {
      const reply = await get(`${site}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(reply.status, path).toBe(404);
      const body = reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.body).toString() : reply.body.toString();
      expect(body, path).toContain('页面未找到');
      expect(body, path).toContain(`href="${build.base}"`);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it("leaves Debian's default site in place: a request for another host name gets it, not the plan", async () => {
    const reply = await get(`${nginx.address}${build.base}`);
    expect(reply.body.toString()).not.toContain('十四五');
    expect((await get(`${site}`)).body.toString()).toContain('十四五');
  });

  it('works in Chromium under both policies: no console errors, nothing from elsewhere, stylesheet applied', async () => {
    for (const path of ['', 'chapters/2/', 'no-such-page/']) {
      const { page, context, errors, requests } = await openPage(browser, PHONE);
      await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
      // Chromium logs the 404 status of the page itself as a console error; that one is intended.
      expect(errors.filter((e) => !/status of 404/.test(e)), path).toEqual([]);
      expect(requests.filter((r) => !r.startsWith(nginx.origin)), path).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).toContain('PingFang SC');
      await context.close();
    }
  });
});
