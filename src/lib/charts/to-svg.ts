/**
 * ChartSpec -> a static SVG bar chart drawn for one width, at build time: for readers without
 * JavaScript, for the indicator pages, and as the download (and the PNG made from it). Each label
 * stands above its bar and wraps to the width (the layout ONS uses for phones), so nothing needs
 * sideways scrolling; each bar's value is written at its end, inside the width, because the space on
 * the right is reserved for the longest value. No line crosses a text: labels and values stand on a
 * box of the background, drawn over the gridlines and the reference line. Page images carry light and dark colours (an <img>
 * does not see the page's CSS); the download is light only and carries its title, notes and source.
 */
import { MIN_BAR_PX, type BarStyle, type ChartSpec } from './chart-spec.ts';
import { LAYOUT } from './layout.ts';
import { estimateWidth, wrapText } from './wrap-text.ts';
import { htmlAttr } from '../escape.ts';
import { BAR_COLOURS, CHART_PALETTE, type Palette } from './palette.ts';
import { t } from '../../i18n/ui.ts';

const STYLES = Object.keys(BAR_COLOURS) as BarStyle[];

/** Families named in the SVG; the PNG renderer maps sans-serif to the CJK font it loaded. */
const SVG_FONT_FAMILY = `"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif`;

export interface SvgOptions {
  /** Pixel width the chart is drawn for. */
  width: number;
  /** A download: light colours only, with title, notes and source inside the image. */
  standalone?: boolean;
}

const esc = htmlAttr;
const px = (n: number): string => String(Math.round(n * 10) / 10);

export function toSvg(spec: ChartSpec, { width, standalone = false }: SvgOptions): string {
  const { font, line, bar, gap, titleFont, titleLine } = LAYOUT;
  const measure = (s: string) => estimateWidth(s, font);
  const wrap = (s: string) => wrapText(s, width, measure);
  const parts: string[] = [];
  let y = 4;
  if (standalone) {
    for (const l of wrapText(spec.title, width, (s) => estimateWidth(s, titleFont))) {
      parts.push(`<text class="t h" x="0" y="${px(y + titleLine - 6)}">${esc(l)}</text>`);
      y += titleLine;
    }
    y += 8;
  }
  // Room on the right for the longest value written after its bar.
  const reserve = Math.max(0, ...spec.bars.filter((b) => b.value !== null).map((b) => measure(b.text))) + 10;
  const left = 1;
  const right = Math.max(left + 40, width - reserve);
  const { min, max, step } = spec.scale;
  const x = (v: number): number => left + ((v - min) / (max - min)) * (right - left);
  const x0 = x(Math.max(min, Math.min(0, max)));
  const rowsTop = y;
  const bars: string[] = [];
  const texts: string[] = [];
  spec.bars.forEach((b, i) => {
    if (i > 0 && !b.label) y -= gap - LAYOUT.pairGap;
    for (const l of wrap(b.label)) {
      // Gridlines pass behind a label, not through it.
      texts.push(`<rect class="bg" x="0" y="${px(y + 2)}" width="${px(Math.min(width, measure(l) + 4))}" height="${line - 2}"/>`);
      texts.push(`<text class="t l" data-bar="${i}" x="0" y="${px(y + line - 5)}">${esc(l)}</text>`);
      y += line;
    }
    if (b.label) y += 2;
    const baseline = y + bar - 4;
    // A value's text, over a box of the background: gridlines and the reference line pass behind it.
    const value = (tx: number) => {
      texts.push(
        `<rect class="bg" x="${px(Math.max(0, tx - 2))}" y="${px(baseline - line + 7)}" width="${px(Math.min(width - tx + 2, measure(b.text) + 4))}" height="${line - 2}"/>`,
      );
      texts.push(`<text class="t v" data-bar="${i}" x="${px(tx)}" y="${px(baseline)}">${esc(b.text)}</text>`);
    };
    if (b.value === null) {
      value(left);
    } else {
      const end = x(b.value);
      const w = b.value === 0 ? 0 : Math.max(Math.abs(end - x0), MIN_BAR_PX);
      const start = b.value < 0 ? x0 - w : x0;
      bars.push(`<rect class="${b.style}" data-bar="${i}" x="${px(start)}" y="${px(y)}" width="${px(w)}" height="${bar}"/>`);
      if (b.truncated) {
        // Two slanted gaps near the end: the bar is cut, its value is the text.
        const a = b.value > 0 ? start + w - 16 : start + 10;
        bars.push(`<path class="cut" d="M${px(a)} ${px(y + bar + 2)}L${px(a + 6)} ${px(y - 2)}M${px(a + 6)} ${px(y + bar + 2)}L${px(a + 12)} ${px(y - 2)}"/>`);
      }
      value((b.value > 0 ? start + w : x0) + 6);
    }
    y += bar + gap;
  });
  const rowsBottom = y - gap + 4;
  const grid: string[] = [];
  for (let v = min; v <= max + step / 2; v += step) {
    const value = Math.round(v * 1e6) / 1e6;
    const gx = x(value);
    const label = String(value);
    const w = measure(label);
    const anchor = gx - w / 2 < 0 ? 'start' : gx + w / 2 > width ? 'end' : 'middle';
    grid.push(`<line class="${value === 0 ? 'z' : 'g'}" x1="${px(gx)}" x2="${px(gx)}" y1="${px(rowsTop)}" y2="${px(rowsBottom)}"/>`);
    grid.push(
      `<text class="t k" x="${px(anchor === 'start' ? Math.max(0, gx) : anchor === 'end' ? width : gx)}" y="${px(rowsBottom + 16)}" text-anchor="${anchor}">${esc(label)}</text>`,
    );
  }
  if (spec.reference !== null && spec.reference !== 0) {
    grid.push(`<line class="r" x1="${px(x(spec.reference))}" x2="${px(x(spec.reference))}" y1="${px(rowsTop)}" y2="${px(rowsBottom)}"/>`);
  }
  y = rowsBottom + 22;
  for (const l of wrap(spec.axis)) {
    texts.push(`<text class="t a" x="0" y="${px(y + line - 5)}">${esc(l)}</text>`);
    y += line;
  }
  if (standalone) {
    y += 6;
    for (const note of [...spec.notes, spec.source.replace(/^来源：规划/u, `来源：${t('site.fullName')}`)]) {
      for (const l of wrap(note)) {
        texts.push(`<text class="t n" x="0" y="${px(y + line - 5)}">${esc(l)}</text>`);
        y += line;
      }
    }
  }
  const height = Math.ceil(y + 4);
  const css = (p: Palette): string =>
    `.bg{fill:${p.bg}}.t{fill:${p.text}}.k{paint-order:stroke;stroke:${p.bg};stroke-width:4px;stroke-linejoin:round}.g{stroke:${p.grid}}.z{stroke:${p.text};stroke-width:1.5}.r{stroke:${p.text};stroke-width:2;stroke-dasharray:6 4}.cut{stroke:${p.bg};stroke-width:3}` +
    STYLES.map((s) => `.${s}{fill:${p[BAR_COLOURS[s].fill]};stroke:${p[BAR_COLOURS[s].stroke]};stroke-width:2}`).join('');
  const fonts = `.t{font-family:${SVG_FONT_FAMILY};font-size:${font}px}.h{font-size:${titleFont}px;font-weight:700}.n,.a,.k{font-size:13px}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img">` +
    `<title>${esc(spec.title)}</title>${spec.description ? `<desc>${esc(spec.description)}</desc>` : ''}` +
    `<style>${fonts}${css(CHART_PALETTE.light)}${standalone ? '' : `@media (prefers-color-scheme:dark){${css(CHART_PALETTE.dark)}}`}</style>` +
    `<rect class="bg" width="100%" height="100%"/>` +
    `${parts.join('')}${grid.join('')}${bars.join('')}${texts.join('')}</svg>`
  );
}

/** Width and height of an SVG that toSvg wrote. */
export function svgSize(svg: string): { width: number; height: number } {
  const m = svg.match(/viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/u);
  if (!m) throw new Error('svgSize: no viewBox');
  return { width: Number(m[1]), height: Number(m[2]) };
}
