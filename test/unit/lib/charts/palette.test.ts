/**
 * The chart images carry the page theme's text, gridline and background colours (an <img> cannot read
 * the page's CSS): they must stay those of src/styles/global.css, or a chart's label boxes and text
 * stand out from the page around it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_PALETTE, THEME_PROPERTIES } from '../../../../src/lib/charts/palette.ts';
import { ROOT } from '../../../support/paths.ts';

// Quotes in selectors read alike (Prettier writes [data-theme='dark']).
const css = readFileSync(`${ROOT}src/styles/global.css`, 'utf8').replace(/'/gu, '"');
/** The declarations of the first rule with this selector. */
const block = (selector: string): string => {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`src/styles/global.css has no rule "${selector} {"`);
  return css.slice(start, css.indexOf('}', start));
};
const value = (decls: string, prop: string): string | undefined => new RegExp(`${prop}:\\s*([^;]+);`, 'u').exec(decls)?.[1]?.trim();

describe('the chart palette', () => {
  it.each([
    ['light', ':root'],
    ['dark', ':root[data-theme="dark"]'],
    ['dark', ':root:not([data-theme="light"])'],
  ] as const)('draws text, gridlines and background in the page theme’s %s colours (%s)', (scheme, selector) => {
    const decls = block(selector);
    for (const [role, prop] of Object.entries(THEME_PROPERTIES)) {
      expect(CHART_PALETTE[scheme][role as keyof typeof THEME_PROPERTIES], `${prop} in ${selector}`).toBe(value(decls, prop));
    }
  });
});
