/**
 * ChartSpec -> a static SVG bar chart, drawn at build time for readers without JavaScript (and shown
 * until Chart.js has drawn). Carries its own light and dark colours, since an <img> does not see the
 * page's CSS. Same bars, labels and reference line as the Chart.js version.
 */
import type { BarStyle, ChartSpec } from './chart-spec.ts';

const LIGHT = { text: '#1b1f24', grid: '#c9d1db', bg: '#ffffff', binding: '#0b57b0', expected: '#a8c4e6', achieved: '#1a7f37', missed: '#ffffff' };
const DARK = { text: '#e8ebef', grid: '#4a5563', bg: '#14171c', binding: '#8ab8ff', expected: '#2f4f78', achieved: '#57c27a', missed: '#14171c' };
/** Same palette as the page's --chart-* properties (src/components/ChartFigure.astro). */
export const CHART_PALETTE = { light: LIGHT, dark: DARK };

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STROKE: Record<BarStyle, string> = { binding: 'binding', expected: 'binding', achieved: 'achieved', missed: 'text' };

/** A tick step giving about five gridlines. */
function niceStep(span: number): number {
  const raw = span / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const n = raw / mag;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * mag;
}

export function toSvg(spec: ChartSpec): string {
  // About one em per Chinese character at 14px: the label column fits the longest label.
  const labelW = Math.max(...spec.bars.map((b) => [...b.label].length)) * 14.5 + 16;
  const plotW = 420;
  const band = 34;
  const top = 10;
  const width = Math.round(labelW + plotW + 110);
  const height = top + spec.bars.length * band + 56;
  const values = [...spec.bars.map((b) => b.value), spec.reference, 0];
  const step = niceStep(Math.max(...values) - Math.min(...values) || 1);
  const min = Math.floor(Math.min(...values) / step) * step;
  const max = Math.ceil(Math.max(...values) / step) * step;
  const x = (v: number): number => labelW + ((v - min) / (max - min)) * plotW;
  const bottom = top + spec.bars.length * band;
  const parts: string[] = [];
  for (let v = min; v <= max + step / 2; v += step) {
    parts.push(`<line class="g" x1="${x(v)}" x2="${x(v)}" y1="${top}" y2="${bottom}"/><text class="t" x="${x(v)}" y="${bottom + 18}" text-anchor="middle">${+v.toFixed(2)}</text>`);
  }
  const texts: string[] = [];
  spec.bars.forEach((b, i) => {
    const y = top + i * band;
    const x0 = x(Math.min(0, b.value));
    const w = Math.abs(x(b.value) - x(0));
    parts.push(`<rect class="${b.style}" x="${x0}" y="${y + 5}" width="${Math.max(w, 1)}" height="${band - 10}"/>`);
    texts.push(
      `<text class="t" x="${labelW - 8}" y="${y + band / 2 + 5}" text-anchor="end">${esc(b.label)}</text>`,
      `<text class="t v" x="${x(Math.max(0, b.value)) + 6}" y="${y + band / 2 + 5}">${b.value}${esc(spec.suffix)}</text>`,
    );
  });
  parts.push(`<line class="r" x1="${x(spec.reference)}" x2="${x(spec.reference)}" y1="${top}" y2="${bottom}"/>`, ...texts);
  parts.push(`<text class="t" x="${labelW + plotW / 2}" y="${bottom + 44}" text-anchor="middle">${esc(spec.axis)}</text>`);
  const css = (p: typeof LIGHT): string =>
    `svg{background:${p.bg}}.t{fill:${p.text};font:14px sans-serif}.v{paint-order:stroke;stroke:${p.bg};stroke-width:4px}.g{stroke:${p.grid}}.r{stroke:${p.text};stroke-width:2;stroke-dasharray:6 4}` +
    (['binding', 'expected', 'achieved', 'missed'] as const).map((s) => `.${s}{fill:${p[s]};stroke:${p[STROKE[s] as keyof typeof p]};stroke-width:2}`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">` +
    `<title>${esc(spec.title)}</title><style>${css(LIGHT)}@media (prefers-color-scheme:dark){${css(DARK)}}</style>${parts.join('')}</svg>`
  );
}
