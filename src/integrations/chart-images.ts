/**
 * After the pages: a PNG of every chart's download SVG (indicators/charts/<id>.png), for readers who
 * paste a chart into a document or a chat. Drawn with resvg compiled to WebAssembly
 * (@resvg/resvg-wasm: no native binary, no install script, the same on every platform) at twice the
 * SVG's size. Chinese labels need a CJK font at build time: the PNG is a picture, so the font never
 * reaches a reader, but the build machine must have one. None found stops the build with what to
 * install. Results are kept by content hash in .astro/cache/chart-png, so a rebuild draws only the
 * charts that changed.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from './build-timing.ts';

const NAME = 'plan:chart-images';
/** The PNG is drawn at this multiple of the SVG's size (sharp on phone screens and in documents). */
export const PNG_ZOOM = 2;

export interface ChartFont {
  file: string;
  /** The family name resvg is told to use for sans-serif. */
  family: string;
}

/** Where CJK fonts are on common systems, with their family names (the first one that exists is used). */
export const FONT_CANDIDATES: readonly ChartFont[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' }, // Debian, Ubuntu: fonts-noto-cjk
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' }, // Arch: noto-fonts-cjk
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC' }, // Fedora
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYi Micro Hei' }, // Debian: fonts-wqy-microhei
  { file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf', family: 'Droid Sans Fallback' }, // Debian: fonts-droid-fallback
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFang SC' }, // macOS
  { file: '/System/Library/Fonts/STHeiti Medium.ttc', family: 'Heiti SC' }, // older macOS
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'Microsoft YaHei' }, // Windows
];

const FONT_HELP =
  'The chart PNGs (indicators/charts/*.png) are drawn at build time and need a Chinese (CJK) font on the build machine; readers never download it. ' +
  'Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk; Fedora: dnf install google-noto-sans-cjk-fonts; macOS and Windows have one), ' +
  'or set CHART_FONT=/path/to/font.ttc and CHART_FONT_FAMILY to its family name.';

/** The font to draw with: CHART_FONT (with CHART_FONT_FAMILY), else the first candidate that exists. */
export function findChartFont(
  env: NodeJS.ProcessEnv = process.env,
  candidates: readonly ChartFont[] = FONT_CANDIDATES,
  exists: (f: string) => boolean = existsSync,
): ChartFont {
  if (env.CHART_FONT) {
    if (!exists(env.CHART_FONT)) throw new Error(`CHART_FONT=${env.CHART_FONT}: no such file. ${FONT_HELP}`);
    if (!env.CHART_FONT_FAMILY)
      throw new Error(`CHART_FONT is set but CHART_FONT_FAMILY is not: name the font's family (for example "Noto Sans CJK SC"). ${FONT_HELP}`);
    return { file: env.CHART_FONT, family: env.CHART_FONT_FAMILY };
  }
  const found = candidates.find((c) => exists(c.file));
  if (!found) throw new Error(`No CJK font found (looked for ${candidates.map((c) => c.file).join(', ')}). ${FONT_HELP}`);
  return found;
}

type Resvg = typeof import('@resvg/resvg-wasm');
let resvg: Promise<Resvg> | undefined;
/** resvg's WebAssembly, compiled once per process. */
function loadResvg(): Promise<Resvg> {
  resvg ??= (async () => {
    const require = createRequire(import.meta.url);
    const mod = (await import('@resvg/resvg-wasm')) as Resvg;
    await mod.initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    return mod;
  })();
  return resvg;
}

/** One SVG as PNG bytes, its text in `font`. */
export async function renderPng(svg: string, font: ChartFont, fontData: Uint8Array = readFileSync(font.file)): Promise<Uint8Array> {
  const { Resvg } = await loadResvg();
  const renderer = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    font: { fontBuffers: [fontData], defaultFontFamily: font.family, sansSerifFamily: font.family },
  });
  try {
    return renderer.render().asPng();
  } finally {
    renderer.free();
  }
}

export default function chartImages(): AstroIntegration {
  let cacheDir = '';
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'chart-png');
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('images', async () => {
          const font = findChartFont();
          const { allCharts } = await import('../lib/charts/charts.ts');
          const root = fileURLToPath(dir);
          const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
          const version = (JSON.parse(readFileSync(join(dirname(wasm), 'package.json'), 'utf8')) as { version: string }).version;
          const fontId = `${font.file}:${font.family}:${statSync(font.file).size}`;
          mkdirSync(cacheDir, { recursive: true });
          let fontData: Uint8Array | undefined;
          let drawn = 0;
          const used = new Set<string>();
          for (const chart of allCharts) {
            const key = createHash('sha256').update(`${version}\n${PNG_ZOOM}\n${fontId}\n${chart.download.svg}`).digest('hex').slice(0, 32);
            const cached = join(cacheDir, `${key}.png`);
            used.add(`${key}.png`);
            const out = join(root, chart.png);
            if (!existsSync(cached)) {
              fontData ??= readFileSync(font.file);
              writeFileSync(cached, await renderPng(chart.download.svg, font, fontData));
              drawn += 1;
            }
            copyFileSync(cached, out);
          }
          for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file));
          logger.info(`chart PNGs: ${allCharts.length} (${drawn} drawn, ${allCharts.length - drawn} from the cache), font ${font.family} (${font.file})`);
        }),
    },
  };
}
