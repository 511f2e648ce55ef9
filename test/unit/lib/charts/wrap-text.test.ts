import { describe, expect, it } from 'vitest';
import { estimateWidth, wrapText } from '../../../../src/lib/charts/wrap-text.ts';

const measure = (s: string) => estimateWidth(s, 14);

describe('wrapText', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapText('基本养老保险参保率', 200, measure)).toEqual(['基本养老保险参保率']);
  });

  it('breaks Chinese between characters, never inside a number with its signs', () => {
    const lines = wrapText('乡镇（街道）、社区（村）就业社保服务机构标准化率+233.3%', 120, measure);
    expect(lines.join('')).toBe('乡镇（街道）、社区（村）就业社保服务机构标准化率+233.3%');
    expect(lines.some((l) => l.includes('+233.3%'))).toBe(true);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(120);
  });

  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    for (let w = 40; w < 300; w += 7) {
      for (const l of wrapText('“十四五”规划目标（2025年），城镇登记失业率（%）', w, measure)) {
        expect('，。、）”%'.includes(l[0]!), `${w}: ${l}`).toBe(false);
        expect('（“'.includes(l.at(-1)!), `${w}: ${l}`).toBe(false);
      }
    }
  });
});

describe('estimateWidth', () => {
  it('counts a Chinese character as one em and digits narrower', () => {
    expect(estimateWidth('十', 14)).toBe(14);
    expect(estimateWidth('1', 14)).toBeLessThan(14);
  });
});
