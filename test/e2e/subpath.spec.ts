/**
 * The build for BASE_PATH=/plan/, served under /plan/ (nothing at the root), followed in Chromium:
 * every link, stylesheet, script and image on every page, as the browser resolves it, stays under
 * /plan/ and answers 200, and every #fragment names an element of its target page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext, Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser.ts';
import { serveSite, type SiteServer } from '../support/server.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt } from '../support/dist.ts';
import { crawlPaths, label } from '../support/sitemap.ts';

const build = BUILDS.find((b) => b.base !== '/')!;
assertBuilt(build.dir);
let browser: Browser;
let server: SiteServer;
let http: APIRequestContext;
/** Target URL (no fragment) -> its status and the ids on it. */
const fetched = new Map<string, Promise<{ status: number; ids: Set<string> }>>();

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(build.dir, build.base);
  http = (await browser.newContext()).request;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function fetchOnce(url: string) {
  let result = fetched.get(url);
  if (!result) {
    result = http.get(url, { maxRedirects: 0 }).then(async (res) => {
      const isHtml = (res.headers()['content-type'] ?? '').includes('text/html');
      const ids = new Set(isHtml ? [...(await res.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!) : []);
      return { status: res.status(), ids };
    });
    fetched.set(url, result);
  }
  return result;
}

describe(`the site served under ${build.base}`, () => {
  it.each(crawlPaths(build).map((p) => [label(p), p]))('%s: every link and asset resolves under the subpath', async (_, path) => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${server.url}${path}`);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')]
        .map((el) => el.href)
        .concat([...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')].map((el) => el.src)),
    );
    const problems: string[] = [];
    for (const raw of new Set(urls)) {
      const url = new URL(raw);
      if (url.origin !== server.origin) {
        // Only the canonical link may name the configured SITE_URL; nothing is loaded from it.
        if (!(await page.locator(`link[rel="canonical"][href="${raw}"]`).count())) problems.push(`${raw}: another origin`);
        continue;
      }
      if (!url.pathname.startsWith(build.base)) problems.push(`${raw}: outside ${build.base}`);
      const target = await fetchOnce(url.origin + url.pathname + url.search);
      if (target.status !== 200) problems.push(`${raw}: status ${target.status}`);
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !target.ids.has(id)) problems.push(`${raw}: no element with id "${id}"`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
