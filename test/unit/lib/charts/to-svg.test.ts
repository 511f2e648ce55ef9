import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { levelChangeSpec, scorecardSpec } from '../../../../src/lib/charts/chart-spec.ts';
import { svgSize, toSvg } from '../../../../src/lib/charts/to-svg.ts';
import { estimateWidth } from '../../../../src/lib/charts/wrap-text.ts';

const spec = scorecardSpec(indicators);

describe('toSvg', () => {
  it('draws every bar with its label and value, and the reference line', () => {
    const svg = toSvg(spec, { width: 640 });
    expect(svg.match(/<rect class="(achieved|missed)"/gu)).toHaveLength(spec.bars.filter((b) => b.value !== null).length);
    for (const bar of spec.bars) expect(svg).toContain(`>${bar.text}</text>`);
    expect(svg).toContain('class="r"');
  });

  it('is drawn for the width it is given', () => {
    expect(svgSize(toSvg(spec, { width: 320 })).width).toBe(320);
    expect(svgSize(toSvg(spec, { width: 640 })).width).toBe(640);
  });

  it('keeps every value inside the width, with an estimate on the wide side (the browser test measures for real)', () => {
    for (const width of [320, 640]) {
      for (const s of [spec, levelChangeSpec(indicators, 'count'), levelChangeSpec(indicators, 'rate')]) {
        const svg = toSvg(s, { width });
        for (const m of svg.matchAll(/<text class="t v" data-bar="\d+" x="([\d.]+)" y="[\d.]+">([^<]+)<\/text>/gu)) {
          expect(Number(m[1]) + estimateWidth(m[2]!.replace(/&gt;/gu, '>').replace(/&lt;/gu, '<'), 14), `${s.id} ${width}: ${m[2]}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('marks a cut bar with a break', () => {
    expect(toSvg(levelChangeSpec(indicators, 'count'), { width: 320 })).toContain('class="cut"');
  });

  it('carries its own dark colours and a title on the page; the download is light only, with title and source inside', () => {
    const page = toSvg(spec, { width: 640 });
    expect(page).toContain('@media (prefers-color-scheme:dark)');
    expect(page).toContain(`<title>${spec.title}</title>`);
    const download = toSvg(spec, { width: 640, standalone: true });
    expect(download).not.toContain('prefers-color-scheme');
    expect(download).toContain('来源：四川省人力资源和社会保障事业发展“十四五”规划专栏1');
  });
});
