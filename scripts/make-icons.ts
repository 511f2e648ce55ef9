/**
 * Draws the home-screen icons (public/icons/*.png) from public/icons/icon.svg with the system's
 * Chromium, so the PNGs show the same glyph as the SVG in a CJK font (fonts-noto-cjk on Debian).
 * Run once after changing the SVG, and commit the PNGs: `npm run icons`.
 * The maskable icon fills its square (launchers cut it to their own shape) and keeps the glyph
 * inside the central 80 % safe zone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../test/support/browser.ts';

const dir = fileURLToPath(new URL('../public/icons/', import.meta.url));
const svg = readFileSync(`${dir}icon.svg`, 'utf8');
const maskable = svg
  .replace(/ rx="\d+"/u, '')
  .replace('font-size="280"', 'font-size="230"')
  .replace('y="350"', 'y="335"');

const browser = await launchBrowser();
try {
  for (const [name, size, source] of [
    ['icon-192.png', 192, svg],
    ['icon-512.png', 512, svg],
    ['icon-maskable-512.png', 512, maskable],
    ['apple-touch-icon.png', 180, maskable],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    writeFileSync(`${dir}${name}`, await page.screenshot({ omitBackground: true }));
    await page.close();
    console.log(`public/icons/${name} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
