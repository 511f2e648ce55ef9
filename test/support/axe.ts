/**
 * One axe-core configuration for every accessibility check, in Chromium and in the other engines:
 * the WCAG 2.2 A/AA rules and axe's best-practice rules (landmark-unique, region, heading-order …).
 * A rule may only be switched off in AXE_DISABLED_RULES, with the reason beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Rules switched off, each with the reason. Empty: every WCAG 2.2 A/AA and best-practice rule applies. */
const AXE_DISABLED_RULES: Record<string, string> = {};

/** What axe.run is given; plain JSON, so it can be passed into any browser. */
export const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  rules: Object.fromEntries(Object.keys(AXE_DISABLED_RULES).map((id) => [id, { enabled: false }])),
  resultTypes: ['violations'],
};

/** One line per offending element: rule, impact, target and what to fix. */
export const describeViolations = (results: Pick<AxeResults, 'violations'>): string[] =>
  results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));

/**
 * Runs axe in a Playwright page (injected once per document; page.evaluate is not subject to the
 * page's CSP, so no policy is loosened for the test) and describes each violation in one line.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options: RunOptions) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options),
    AXE_OPTIONS,
  );
  return describeViolations(results);
}
