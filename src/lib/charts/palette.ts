/**
 * The charts' colours: change a chart colour here and nowhere else. The static SVGs (to-svg.ts) write
 * them into each image; the pages with charts carry them as --chart-* custom properties in a small
 * <style> made by chartPaletteCss() (the legend's swatches, and Chart.js through "var(--chart-…)" in
 * to-chartjs-config.ts, read them there), so the SVG, the legend and the drawn chart always agree.
 */
import type { BarStyle } from './chart-spec.ts';

/** The colours of the bars, light and dark. */
const BARS = {
  light: { binding: '#0b57b0', expected: '#a8c4e6', achieved: '#1a7f37' },
  dark: { binding: '#8ab8ff', expected: '#2f4f78', achieved: '#57c27a' },
} as const;

/**
 * The page's own text, gridline and background colours, which an SVG shown as an <img> cannot read
 * from the page's CSS: the same values as --text, --border and --bg in src/styles/global.css (the
 * theme's home; test/unit/lib/charts/palette.test.ts fails when the two differ). On the page the
 * charts use the theme's properties themselves (THEME_PROPERTIES).
 */
const THEME = {
  light: { text: '#1b1f24', grid: '#c9d1db', bg: '#ffffff' },
  dark: { text: '#e8ebef', grid: '#4a5563', bg: '#14171c' },
} as const;

/** The page theme's custom property each theme colour stands for (src/styles/global.css). */
export const THEME_PROPERTIES = { text: '--text', grid: '--border', bg: '--bg' } as const;

export type ColourRole = keyof (typeof BARS)['light'] | keyof (typeof THEME)['light'];
export type Palette = Record<ColourRole, string>;

/** Every colour a chart uses, by role, for the light and the dark scheme. */
export const CHART_PALETTE: Readonly<Record<'light' | 'dark', Palette>> = {
  light: { ...THEME.light, ...BARS.light },
  dark: { ...THEME.dark, ...BARS.dark },
};

/** What each kind of bar is filled and outlined with (the legend's swatch the same). */
export const BAR_COLOURS: Readonly<Record<BarStyle, { fill: ColourRole; stroke: ColourRole }>> = {
  binding: { fill: 'binding', stroke: 'binding' },
  expected: { fill: 'expected', stroke: 'binding' },
  achieved: { fill: 'achieved', stroke: 'achieved' },
  missed: { fill: 'bg', stroke: 'text' },
  recorded: { fill: 'binding', stroke: 'binding' },
  target: { fill: 'expected', stroke: 'binding' },
};

/** A role as the page's CSS and Chart.js configuration name it: var(--chart-binding). */
export const chartVar = (role: ColourRole): string => `var(--chart-${role})`;

const props = (roles: Partial<Palette>): string =>
  Object.entries(roles)
    .map(([role, value]) => `--chart-${role}:${value}`)
    .join(';');

/**
 * The chart colours as the page's CSS: --chart-* on every .chart (bar colours per scheme, with the
 * same dark-theme selectors as global.css; theme colours as the theme's own properties) and the
 * legend swatches' colours. Inlined into the head of the pages with charts (a few hundred bytes).
 */
export function chartPaletteCss(): string {
  const theme = Object.fromEntries(Object.entries(THEME_PROPERTIES).map(([role, prop]) => [role, `var(${prop})`]));
  const swatches = Object.entries(BAR_COLOURS)
    .map(([style, c]) => `.swatch.${style}{background:${chartVar(c.fill)};border-color:${chartVar(c.stroke)}}`)
    .join('');
  return (
    `.chart{${props({ ...theme, ...BARS.light })}}` +
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]) .chart{${props(BARS.dark)}}}` +
    `:root[data-theme=dark] .chart{${props(BARS.dark)}}${swatches}`
  );
}
