/**
 * The text of a PDF page with where each run of it stands, read with pdf.js (pdfjs-dist): the one
 * place the tests touch its API. Used to look at printed pages (Chromium's page.pdf) as a reader
 * holding the paper would: where the text starts and ends on a page, and how large it is.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextRun {
  text: string;
  /** From the page's left edge, in points (1/72 in). */
  x: number;
  /** Baseline, from the page's top edge, in points. */
  y: number;
  /** The run's font size, in points. */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

/** Page `n` (1-based) of the PDF: its size and its text runs (blank runs left out), top to bottom. */
export async function pdfPage(data: Uint8Array, n: number): Promise<PdfPage> {
  const task = getDocument({ data: new Uint8Array(data), useSystemFonts: false });
  const doc = await task.promise;
  try {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , , e, f] = item.transform as number[];
      // NFKC: a CJK font's glyphs can map back to look-alike code points (⼀, the Kangxi radical, for 一).
      runs.push({ text: item.str.normalize('NFKC'), x: e! - x0, y: y1 - f!, size: Math.hypot(a!, b!) });
    }
    runs.sort((p, q) => p.y - q.y || p.x - q.x);
    return { width: x1 - x0, height: y1 - y0, runs };
  } finally {
    await task.destroy();
  }
}
