import { describe, expect, it } from 'vitest';
import { indicators } from '../../../../src/data/indicators.ts';
import { dashboardSpecs, PAIRED_CHARTS, pairedSpec, scorecardSpec } from '../../../../src/lib/charts/chart-spec.ts';
import { stated } from '../../../../src/data/stated-targets.ts';
import { svgSize, toSvg } from '../../../../src/lib/charts/to-svg.ts';
import { estimateWidth } from '../../../../src/lib/charts/wrap-text.ts';
import { PLAN_TITLE } from '../../../support/plan-facts.ts';

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
      for (const s of dashboardSpecs(indicators, stated)) {
        const svg = toSvg(s, { width });
        for (const m of svg.matchAll(/<text class="t v" data-bar="\d+" x="([\d.]+)" y="[\d.]+">([^<]+)<\/text>/gu)) {
          expect(Number(m[1]) + estimateWidth(m[2]!.replace(/&gt;/gu, '>').replace(/&lt;/gu, '<'), 14), `${s.id} ${width}: ${m[2]}`).toBeLessThanOrEqual(width);
        }
      }
    }
  });

  it('marks a cut bar with a break', () => {
    const bigger = indicators.map((i) =>
      i.id === 'plan14-social-security-card-holders' ? { ...i, target: { kind: 'number' as const, text: '90900', value: 90900, cumulative: false } } : i,
    );
    expect(toSvg(pairedSpec(bigger, stated, PAIRED_CHARTS[1]!), { width: 320 })).toContain('class="cut"');
  });

  it('puts every label and value on a box of the background, drawn after the gridlines and the reference line, so no line crosses a text', () => {
    const svg = toSvg(spec, { width: 320 });
    const texts = [...svg.matchAll(/<text class="t [lv]" data-bar="\d+" x="([\d.]+)" y="([\d.]+)">/gu)];
    const boxes = [...svg.matchAll(/<rect class="bg" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"\/>/gu)];
    expect(boxes).toHaveLength(texts.length);
    expect(svg.lastIndexOf('class="r"')).toBeLessThan(svg.indexOf('<rect class="bg" x', svg.indexOf('class="r"')));
    texts.forEach((t, i) => {
      const [, x, y, w, h] = boxes[i]!.map(Number) as [number, number, number, number, number];
      expect(Number(t[1])).toBeGreaterThanOrEqual(x);
      expect(Number(t[1])).toBeLessThan(x + w);
      expect(Number(t[2])).toBeGreaterThan(y);
      expect(Number(t[2])).toBeLessThanOrEqual(y + h);
    });
  });

  it('sets the second bar of a pair (no label of its own) close under the first', () => {
    const counts = toSvg(pairedSpec(indicators, stated, PAIRED_CHARTS[1]!), { width: 640 });
    const ys = [...counts.matchAll(/<rect class="(recorded|target)" data-bar="\d+" x="[\d.]+" y="([\d.]+)"/gu)].map((m) => Number(m[2]));
    // bar 18 px + the pair gap, against a label line and the usual gap between indicators
    expect(ys[1]! - ys[0]!).toBe(18 + 4);
    expect(ys[2]! - ys[1]!).toBeGreaterThan(18 + 14);
  });

  it('carries its own dark colours and a title on the page; the download is light only, with title and source inside', () => {
    const page = toSvg(spec, { width: 640 });
    expect(page).toContain('@media (prefers-color-scheme:dark)');
    expect(page).toContain(`<title>${spec.title}</title>`);
    const download = toSvg(spec, { width: 640, standalone: true });
    expect(download).not.toContain('prefers-color-scheme');
    expect(download).toContain(`来源：${PLAN_TITLE}专栏1`);
  });
});
