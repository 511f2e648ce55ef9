/**
 * deploy/nginx.conf with Debian's nginx as installed (its default site still enabled, test/support/nginx.ts):
 * the built site at the root and a build under /plan/, over HTTPS with a throwaway self-signed
 * certificate, on IPv4 (127.0.0.1) and IPv6 ([::1]): the redirect from http:// and HSTS, status codes,
 * headers, types, precompressed files, caching, the site's Chinese pages for every error nginx lets a
 * server answer, and Chromium with the header and page policies both enforced. Then the file's "plain
 * HTTP only" choice, as its comment tells a publisher to make it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, openPage, PHONE } from '../support/browser.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt, listFiles } from '../support/dist.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { BROTLI_MODULE, makeCertificate, PLAN_HOST, startNginx, type Nginx } from '../support/nginx.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

interface Ask {
  headers?: Record<string, string>;
  method?: string;
  /** Connect to [::1] instead of 127.0.0.1. */
  ipv6?: boolean;
}

const certificate = makeCertificate();

/**
 * A raw HTTP(S) request: no automatic decompression, so Content-Encoding can be checked. A request for
 * the plan's host name goes to nginx on a loopback address, with that name as Host and as the TLS server
 * name, as a reader's request for it would arrive; the test certificate is the one trusted.
 */
const ask = (url: string, { headers = {}, method = 'GET', ipv6 = false }: Ask = {}): Promise<Reply> =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const host = target.hostname === PLAN_HOST ? (ipv6 ? '::1' : '127.0.0.1') : target.hostname.replace(/^\[|\]$/gu, '');
    const options = {
      host,
      port: target.port,
      path: `${target.pathname}${target.search}`,
      method,
      headers: { Host: target.host, ...headers },
      servername: target.hostname,
      ca: certificate.cert,
    };
    (target.protocol === 'https:' ? httpsRequest : httpRequest)(options)
      .on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
const get = (url: string, headers: Record<string, string> = {}) => ask(url, { headers });

/** The body as text, decompressed when nginx sent the .gz copy. */
const text = (reply: Reply): string => (reply.headers['content-encoding'] === 'gzip' ? gunzipSync(reply.body) : reply.body).toString();

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'permissions-policy'];
const HSTS = 'max-age=31536000';

const hasBrotli = existsSync(BROTLI_MODULE);
let browser: Browser;
beforeAll(async () => {
  // The plan's host name resolves to the loopback address, as DNS would point it at the server, and the
  // test certificate is trusted as a publisher's real one would be.
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${PLAN_HOST} 127.0.0.1`, `--ignore-certificate-errors-spki-list=${certificate.spki}`],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(BUILDS)('deploy/nginx.conf serving the build for $base over HTTPS', (build) => {
  let nginx: Nginx;
  let site: string;
  assertBuilt(build.dir);
  const css = listFiles(build.dir).find((f) => /^_assets\/.*\.css$/.test(f))!;

  beforeAll(async () => {
    nginx = await startNginx({ ...build, certificate, brotli: hasBrotli });
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

  it('answers on IPv6 ([::1]) exactly as on IPv4: pages, assets, errors and the redirect', async () => {
    for (const url of [site, `${site}chapters/2/`, `${site}${css}`, `${site}no-such-page/`, `${site}chapters/3`, `${nginx.httpOrigin}${build.base}full/`]) {
      const [v4, v6] = [await ask(url), await ask(url, { ipv6: true })];
      expect(v6.status, url).toBe(v4.status);
      expect(v6.headers['content-type'], url).toBe(v4.headers['content-type']);
      expect(v6.headers.location, url).toBe(v4.headers.location);
      expect(v6.body.equals(v4.body), url).toBe(true);
    }
  });

  it('sends every http:// request on to the same host and path over https://, on IPv4 and IPv6', async () => {
    for (const ipv6 of [false, true]) {
      for (const path of ['', 'chapters/1/', 'search/?q=%E5%B7%A5%E4%BC%A4', 'no-such-page/']) {
        const reply = await ask(`${nginx.httpOrigin}${build.base}${path}`, { ipv6 });
        expect(reply.status, path).toBe(301);
        // $host is the name without the port: the redirect goes to the HTTPS port 443 a reader's browser uses.
        expect(reply.headers.location, path).toBe(`https://${PLAN_HOST}${build.base}${path}`);
        expect(reply.headers['strict-transport-security'], 'HSTS means nothing over http://').toBeUndefined();
        expect(reply.headers.server).toBe('nginx');
      }
    }
  });

  it('serves the downloads, the data, the manifest and the service worker with their types', async () => {
    const types: [string, RegExp][] = [
      ['downloads/plan.docx', /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/],
      ['downloads/plan.md', /^text\/markdown; charset=utf-8$/],
      ['downloads/plan.txt', /^text\/plain; charset=utf-8$/],
      ['downloads/plan-passages.json', /^application\/json; charset=utf-8$/],
      ['data/indicators.csv', /^text\/csv; charset=utf-8$/],
      ['data/plan-data.zip', /^application\/zip$/],
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

  it('sends the security headers and HSTS, with a CSP that allows only its own origin, on pages and on errors', async () => {
    for (const url of [site, `${site}no-such-page/`]) {
      const { headers } = await get(url);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).not.toMatch(/https?:|\*|data:/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['strict-transport-security']).toBe(HSTS);
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
    for (const path of ['no-such-page/', 'chapters/99/', '_headers', 'chapters/', 'data/', '_assets/', '_assets/no-such.css', 'pagefind/', 'errors/']) {
      const reply = await get(`${site}${path}`, { 'Accept-Encoding': 'gzip' });
      expect(reply.status, path).toBe(404);
      const body = text(reply);
      expect(body, path).toContain('页面未找到');
      expect(body, path).toContain(`href="${build.base}"`);
      expect(reply.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers a bad request (400), a POST (405) and an address over 8 KB (414) with the site’s own Chinese pages and its headers, on IPv4 and IPv6', async () => {
    const cases: [string, Ask & { path: string }, number, string][] = [
      ['a broken %-escape', { path: 'chapters/%zz/' }, 400, '无法处理的请求'],
      ['a POST', { path: 'chapters/1/', method: 'POST' }, 405, '不支持的请求方式'],
      ['a PUT', { path: '', method: 'PUT' }, 405, '不支持的请求方式'],
      ['a 9,000-character address', { path: `search/?q=${'a'.repeat(9000)}` }, 414, '网址过长'],
    ];
    for (const ipv6 of [false, true]) {
      for (const [what, { path, method }, status, title] of cases) {
        const reply = await ask(`${site}${path}`, { method, ipv6, headers: { 'Accept-Encoding': 'gzip' } });
        expect(reply.status, what).toBe(status);
        expect(reply.headers['content-type'], what).toBe('text/html; charset=utf-8');
        const body = text(reply);
        expect(/<h1\b[^>]*>([^<]*)<\/h1>/u.exec(body)?.[1], what).toBe(title);
        expect(body.includes(`href="${build.base}chapters/1/"`), `${what}: links into the plan`).toBe(true);
        expect(/nginx|<center>/u.test(body), `${what}: not nginx's own page`).toBe(false);
        for (const header of SECURITY_HEADERS) expect(reply.headers[header], `${what}: ${header}`).toBeTruthy();
        expect(reply.headers['strict-transport-security'], what).toBe(HSTS);
        expect(reply.headers['cache-control'], what).toBe('no-cache');
      }
    }
  });

  it("leaves Debian's default site in place: a request for another host name gets it, not the plan", async () => {
    const reply = await get(`http://127.0.0.1:${nginx.httpPort}${build.base}`);
    expect(reply.body.toString()).not.toContain('十四五');
    expect((await get(`${site}`)).body.toString()).toContain('十四五');
  });

  it('works in Chromium over HTTPS under both policies: no console errors, nothing from elsewhere, stylesheet applied, offline copy saved', async () => {
    for (const path of ['', 'chapters/2/', 'no-such-page/']) {
      const { page, context, errors, requests } = await openPage(browser, PHONE);
      await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
      // Chromium logs the 404 status of the page itself as a console error; that one is intended.
      expect(
        errors.filter((e) => !/status of 404/.test(e)),
        path,
      ).toEqual([]);
      expect(
        requests.filter((r) => !r.startsWith(nginx.origin)),
        path,
      ).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily), path).toContain('PingFang SC');
      // HTTPS is what lets a browser start the service worker: the home page's visit saves the offline copy.
      if (path === '') await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 60_000 });
      await context.close();
    }
  });
});

describe('deploy/nginx.conf with its "plain HTTP only" choice, for the build at /', () => {
  const [build] = BUILDS;
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx({ ...build!, certificate, plainHttp: true });
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  it('serves the site over http:// on IPv4 and IPv6, with no redirect and no HSTS, and its Chinese error pages', async () => {
    expect(nginx.origin.startsWith('http://')).toBe(true);
    for (const ipv6 of [false, true]) {
      const home = await ask(`${nginx.origin}/`, { ipv6 });
      expect(home.status).toBe(200);
      expect(home.headers['strict-transport-security']).toBeUndefined();
      for (const header of SECURITY_HEADERS) expect(home.headers[header], header).toBeTruthy();
      expect(home.body.equals(readFileSync(join(build!.dir, 'index.html')))).toBe(true);
      expect((await ask(`${nginx.origin}/data/indicators.csv`, { ipv6 })).headers['content-type']).toBe('text/csv; charset=utf-8');
      const missing = await ask(`${nginx.origin}/no-such-page/`, { ipv6 });
      expect([missing.status, text(missing).includes('页面未找到')]).toEqual([404, true]);
      const posted = await ask(`${nginx.origin}/`, { ipv6, method: 'POST' });
      expect([posted.status, text(posted).includes('不支持的请求方式')]).toEqual([405, true]);
    }
  });
});
