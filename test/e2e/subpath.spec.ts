/**
 * The build for BASE_PATH=/plan/, served under /plan/ (nothing at the root), followed in Chromium:
 * every link, stylesheet, script and image on every page, as the site.browser resolves it, stays under
 * /plan/ and answers 200, and every #fragment names an element of its target page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { openPage } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';

const build = BUILDS.find((b) => b.base !== '/')!;
const site = useBrowserSite(build);
let http: APIRequestContext;
/** Target URL (no fragment) -> its status and the ids on it. */
const fetched = new Map<string, Promise<{ status: number; ids: Set<string> }>>();

beforeAll(async () => {
  http = (await site.browser.newContext()).request;
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
  it.each(browserPaths(build).map((p) => [label(p), p]))('%s: every link and asset resolves under the subpath', async (_, path) => {
    const { page, context, errors } = await openPage(site.browser);
    await page.goto(`${site.server.url}${path}`);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')]
        .map((el) => el.href)
        .concat([...document.querySelectorAll<HTMLScriptElement | HTMLImageElement>('script[src], img[src]')].map((el) => el.src)),
    );
    const problems: string[] = [];
    for (const raw of new Set(urls)) {
      const url = new URL(raw);
      if (url.origin !== site.server.origin) {
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
