/**
 * A printed chapter as the reader holds it, in Chromium (page.pdf, read back with pdf.js through
 * test/support/pdf.ts): page 1 starts with the chapter's title and is filled with text down to the
 * bottom margin (a 专栏 kept whole used to leave 30 to 43 % of it white), and 长者模式 prints larger
 * type than the default 12 pt. Chapter 3 is the example, chapter 1 the one with the widest box
 * (专栏1, a table).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowserSite } from '../support/browser-site.ts';
import { contextFor, type Mode } from '../support/layout.ts';
import { BUILDS } from '../support/paths.ts';
import { pdfPage, type PdfPage } from '../support/pdf.ts';

const site = useBrowserSite(BUILDS[0]!);
const MM = 72 / 25.4;
/** The page margins of src/styles/print.css (@page): the running header and the page number sit in them. */
const MARGIN = { top: 18 * MM, bottom: 16 * MM };

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

async function printed(path: string, mode: Mode): Promise<PdfPage> {
  context = await contextFor(site.browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, mode);
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return pdfPage(await page.pdf({ format: 'A4' }), 1);
}

/** The runs between the margins: the page's own text. */
const body = (p: PdfPage) => p.runs.filter((r) => r.y > MARGIN.top && r.y < p.height - MARGIN.bottom);
/** The size most of the text is set in. */
const textSize = (p: PdfPage) => {
  const counts = new Map<number, number>();
  for (const r of body(p)) counts.set(Math.round(r.size * 2) / 2, (counts.get(Math.round(r.size * 2) / 2) ?? 0) + r.text.length);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
};

describe('a printed chapter', () => {
  it.each([
    ['chapters/3/', '第三章'],
    ['chapters/1/', '第一章'],
  ])('%s: page 1 starts with the title and is text down to the bottom margin', async (path, chapter) => {
    const page1 = await printed(path, 'default');
    const runs = body(page1);
    const area = page1.height - MARGIN.top - MARGIN.bottom;
    const firstLine = runs
      .filter((r) => Math.abs(r.y - runs[0]!.y) < 2)
      .map((r) => r.text)
      .join('');
    expect(firstLine).toContain(chapter);
    expect((runs[0]!.y - MARGIN.top) / area, 'white above the title').toBeLessThan(0.08);
    const blankBelow = (page1.height - MARGIN.bottom - runs.at(-1)!.y) / area;
    expect(blankBelow, 'white below the last line of page 1').toBeLessThan(0.12);
  });

  it('prints 长者模式 in larger type than the default 12 pt', async () => {
    const normal = textSize(await printed('chapters/3/', 'default'));
    const elder = textSize(await printed('chapters/3/', 'elder'));
    expect(normal).toBe(12);
    expect(elder).toBeGreaterThanOrEqual(16);
  });
});
