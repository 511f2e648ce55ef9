/**
 * axe-core in WebKit and Firefox on the main kinds of page (home, a chapter, the dashboard, search
 * with results, the full text), at the engine's narrowest window and at desktop width, with the same
 * rules as the Chromium crawl (test/support/axe.ts: WCAG 2.2 A/AA and best practice): zero violations.
 * Computed colours, focus styles and landmarks can differ between engines; this is where that shows.
 */
import { expect, it } from 'vitest';
import type { AxeResults, RunOptions } from 'axe-core';
import { AXE_OPTIONS, AXE_SOURCE, describeViolations } from '../support/axe.ts';
import { describeEngines } from '../support/engines/use-engine.ts';

const PAGES = ['', 'chapters/3/', 'indicators/', `search/?q=${encodeURIComponent('农民工 工资')}`, 'full/'];
const WIDTHS = [390, 1280];

describeEngines('accessibility (axe-core)', (ctx) => {
  it.each(PAGES.map((p) => [`/${decodeURIComponent(p)}`, p]))('%s has no violations, phone and desktop width', async (_, path) => {
    const tab = await ctx.open();
    const found: string[] = [];
    for (const width of WIDTHS) {
      const got = await tab.setViewport(width, 844);
      await tab.goto(`${ctx.server.url}${path}`);
      if (path.startsWith('search/')) {
        await tab.waitFor('search results', () => document.getElementById('search-results')?.dataset.query !== undefined);
      }
      await tab.runScript(AXE_SOURCE);
      const results = await tab.evaluate(
        (options: RunOptions) => (window as unknown as { axe: { run(d: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
        AXE_OPTIONS,
      );
      found.push(...describeViolations(results).map((v) => `[${got} px] ${v}`));
    }
    expect(found).toEqual([]);
    expect(await tab.errors()).toEqual([]);
  });
});
