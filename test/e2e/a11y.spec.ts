/**
 * axe-core with the WCAG 2.2 AA rule set on every page of the sitemap (and the 404 page), at phone
 * (390×844) and desktop (1280×800) size, in the light and the dark colour scheme, and with the dark
 * theme chosen on the site: zero violations.
 * No rule is disabled; if one ever must be, disable it here with a comment saying why.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { DESKTOP, PHONE } from '../support/browser.ts';
import { useBrowserSite } from '../support/browser-site.ts';
import { BUILDS } from '../support/paths.ts';
import { crawlPaths, label } from '../support/sitemap.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Rules switched off, each with the reason. Empty: every WCAG 2.2 A/AA rule applies. */
const DISABLED_RULES: Record<string, string> = {};

const build = BUILDS[0]!;
const SETTINGS = [
  { name: 'phone, light', options: { ...PHONE, colorScheme: 'light' as const } },
  { name: 'phone, dark', options: { ...PHONE, colorScheme: 'dark' as const } },
  { name: 'desktop, light', options: { ...DESKTOP, colorScheme: 'light' as const } },
  { name: 'desktop, dark', options: { ...DESKTOP, colorScheme: 'dark' as const } },
  // A reader who picks the dark theme on the site (:root[data-theme=dark]) on a light system.
  { name: 'phone, dark theme chosen', options: { ...PHONE, colorScheme: 'light' as const }, theme: 'dark' },
];

const site = useBrowserSite(build);
const pages: Page[] = [];

beforeAll(async () => {
  for (const s of SETTINGS) pages.push(await (await site.browser.newContext(s.options)).newPage());
});

/** Runs axe in the page. page.evaluate is not subject to the page's CSP, so no policy is loosened for the test. */
async function axe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    ([tags, disabled]) => {
      const w = window as unknown as { axe: typeof import('axe-core') };
      return w.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
    },
    [TAGS, Object.keys(DISABLED_RULES)] as const,
  );
}

const describeViolations = (results: AxeResults): string[] =>
  results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each(crawlPaths(build).map((p) => [label(p), p]))('%s has no violations at phone and desktop size, light and dark', async (_, path) => {
    const found = await Promise.all(
      pages.map(async (page, i) => {
        await page.goto(`${site.server.url}${path}`);
        const theme = SETTINGS[i]!.theme;
        if (theme) await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        return describeViolations(await axe(page)).map((v) => `[${SETTINGS[i]!.name}] ${v}`);
      }),
    );
    expect(found.flat()).toEqual([]);
  });

  it('reports a violation when one is there (the crawl is not vacuous)', async () => {
    const page = pages[0]!;
    await page.goto(site.server.url);
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
    expect(describeViolations(await axe(page)).join('\n')).toContain('button-name');
  });
});
