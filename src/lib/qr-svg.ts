/**
 * A QR code of a page's address as a small SVG file, made at build time (the `qr` package: no network,
 * no outside service). One path of horizontal runs, dark on white with the standard 4-module quiet
 * zone, crisp at any size; a test decodes it back.
 */
import encodeQR from 'qr';
import { htmlText } from './escape.ts';

/** Modules of quiet zone around the symbol (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

/** The module matrix of `text` (true = dark), without quiet zone. */
export function qrModules(text: string): boolean[][] {
  // The package insists on a border of at least one module; it is sliced off again here.
  const withBorder = encodeQR(text, 'raw', { ecc: 'medium', border: 1 });
  return withBorder.slice(1, -1).map((row) => row.slice(1, -1));
}

/** The SVG of the QR code of `text`, `title` as its accessible name inside the file. */
export function qrSvg(text: string, title: string): string {
  const modules = qrModules(text);
  const size = modules.length + 2 * QUIET_ZONE;
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
      x += run;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<title>${htmlText(title)}</title><rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>\n`
  );
}
