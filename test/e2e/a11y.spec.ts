/**
 * axe-core with the WCAG 2.2 A/AA and best-practice rules (test/support/axe.ts) on every page of the
 * sitemap (and the 404 page), at phone (390×844) and desktop (1280×800) size, in the light and the
 * dark colour scheme, and (in the full set) with the dark theme chosen on the site: zero violations. Also: where a
 * page has several landmarks of one role, every one is named (test/support/landmarks.ts).
 * A rule may only be switched off in test/support/axe.ts, with a comment saying why.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { DESKTOP, PHONE } from '../support/browser.ts';
import { unnamedLandmarks } from '../support/landmarks.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';
import { browserPaths, FULL } from '../support/pages.ts';
import { label } from '../support/sitemap.ts';

const build = BUILDS[0]!;
const SETTINGS: Array<{ name: string; options: BrowserContextOptions; theme?: 'dark' }> = [
  { name: 'phone, light', options: { ...PHONE, colorScheme: 'light' as const } },
  { name: 'phone, dark', options: { ...PHONE, colorScheme: 'dark' as const } },
  { name: 'desktop, light', options: { ...DESKTOP, colorScheme: 'light' as const } },
  { name: 'desktop, dark', options: { ...DESKTOP, colorScheme: 'dark' as const } },
  // A reader who picks the dark theme on the site (:root[data-theme=dark]) on a light system: in the
  // full set on every page; in `npm test` on chapter 1 with the menus open (reader.spec.ts, every mode).
  ...(FULL ? [{ name: 'phone, dark theme chosen', options: { ...PHONE, colorScheme: 'light' as const }, theme: 'dark' as const }] : []),
];

const site = useBrowserSite(build);
const pages: Page[] = [];

beforeAll(async () => {
  for (const s of SETTINGS) pages.push(await (await site.browser.newContext(s.options)).newPage());
});

describe('accessibility (axe-core, WCAG 2.2 AA and best practice)', () => {
  it.each(browserPaths(build).map((p) => [label(p), p]))('%s has no violations at phone and desktop size, light and dark', async (_, path) => {
    const found = await Promise.all(
      pages.map(async (page, i) => {
        await page.goto(`${site.server.url}${path}`);
        const theme = SETTINGS[i]!.theme;
        if (theme) await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        const landmarks = i === 0 ? await page.evaluate(unnamedLandmarks) : [];
        return [...(await axeViolations(page)), ...landmarks].map((v) => `[${SETTINGS[i]!.name}] ${v}`);
      }),
    );
    expect(found.flat()).toEqual([]);
  });

  it('reports a violation when one is there (the crawl is not vacuous)', async () => {
    const page = pages[0]!;
    await page.goto(site.server.url);
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
    expect((await axeViolations(page)).join('\n')).toContain('button-name');
  });

  it('reports a navigation menu without a name on a page with several', async () => {
    const page = pages[0]!;
    await page.goto(`${site.server.url}chapters/3/`);
    expect(await page.evaluate(unnamedLandmarks)).toEqual([]);
    await page.evaluate(() => document.querySelector('nav.breadcrumbs')!.removeAttribute('aria-label'));
    expect((await page.evaluate(unnamedLandmarks)).join('\n')).toMatch(/^navigation: <nav class="breadcrumbs/);
  });
});
