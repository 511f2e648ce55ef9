/**
 * Reads a QR code SVG of src/lib/qr-svg.ts back: its path of runs is drawn as modules, the modules
 * as pixels, and the `qr` package's decoder (which knows nothing of how the file was written) reads
 * the text.
 */
import decodeQR from 'qr/decode.js';

/** The dark modules of a qr.svg file (viewBox units = modules, quiet zone included). */
export function svgModules(svg: string): { size: number; dark: boolean[][] } {
  const size = Number(/viewBox="0 0 (\d+) \1"/u.exec(svg)?.[1]);
  if (!size) throw new Error('svgModules: no square viewBox');
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = /<path[^>]* d="([^"]+)"/u.exec(svg)?.[1] ?? '';
  for (const [, x, y, run] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/gu)) {
    for (let i = 0; i < Number(run); i++) dark[Number(y)]![Number(x) + i] = true;
  }
  return { size, dark };
}

/** The text a qr.svg file encodes. */
export function readQrSvg(svg: string, scale = 6): string {
  const { size, dark } = svgModules(svg);
  const px = size * scale;
  const data = new Uint8Array(px * px * 4);
  for (let y = 0; y < px; y++) {
    for (let x = 0; x < px; x++) {
      const v = dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      data.set([v, v, v, 255], (y * px + x) * 4);
    }
  }
  return decodeQR({ width: px, height: px, data });
}
