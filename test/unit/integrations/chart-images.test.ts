import { describe, expect, it } from 'vitest';
import { FONT_CANDIDATES, findChartFont, PNG_ZOOM, renderPng } from '../../../src/integrations/chart-images.ts';
import { pngSize } from '../../support/png.ts';

describe('findChartFont', () => {
  it('takes the first CJK font the system has', () => {
    const second = FONT_CANDIDATES[1]!;
    expect(findChartFont({}, FONT_CANDIDATES, (f) => f === second.file)).toEqual(second);
  });

  it('fails when there is none, saying what to install', () => {
    expect(() => findChartFont({}, FONT_CANDIDATES, () => false)).toThrow(/No CJK font found .*apt-get install fonts-noto-cjk.*CHART_FONT=/su);
  });

  it('takes CHART_FONT with its family, and names the variable when the file is missing or the family is not given', () => {
    expect(findChartFont({ CHART_FONT: '/f.ttc', CHART_FONT_FAMILY: 'F' }, [], () => true)).toEqual({ file: '/f.ttc', family: 'F' });
    expect(() => findChartFont({ CHART_FONT: '/missing.ttc', CHART_FONT_FAMILY: 'F' }, [], () => false)).toThrow(/CHART_FONT=\/missing\.ttc: no such file/u);
    expect(() => findChartFont({ CHART_FONT: '/f.ttc' }, [], () => true)).toThrow(/CHART_FONT_FAMILY is not/u);
  });
});

describe('renderPng', () => {
  it(`draws an SVG at ${PNG_ZOOM}× its size, its Chinese text in the system's CJK font`, async () => {
    const font = findChartFont();
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" style="font:20px sans-serif;fill:#000">${text}</text></svg>`;
    const png = await renderPng(svg('就业'), font);
    expect(pngSize(png)).toEqual({ width: 240, height: 80 });
    // Text was drawn: the image differs from the same SVG without it.
    expect(Buffer.from(png).equals(Buffer.from(await renderPng(svg(''), font)))).toBe(false);
  });
});
