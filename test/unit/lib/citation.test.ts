import { describe, expect, it } from 'vitest';
import { citeLocation } from '../../../src/lib/citation.ts';
import { citationText, isoDate } from '../../../src/lib/citation-text.ts';

describe('citations', () => {
  it('name sections, paragraphs and chapters as the plan numbers them', () => {
    expect(citeLocation('s3-2')).toBe('第三章第二节');
    expect(citeLocation('s3-2-p1')).toBe('第三章第二节第1段');
    expect(citeLocation('c3')).toBe('第三章');
    expect(citeLocation('c8-p1')).toBe('第八章导语第1段');
    expect(citeLocation('preamble-p2')).toBe('规划说明第2段');
  });

  it('put a 专栏 in its chapter when the chapter is known', () => {
    expect(citeLocation('column-9', 5)).toBe('第五章专栏9');
    expect(citeLocation('column-9-2', 5)).toBe('第五章专栏9第02项');
    expect(citeLocation('column-9-2-p1', 5)).toBe('第五章专栏9第02项第1段');
    expect(citeLocation('column-13-p1', 6)).toBe('第六章专栏13第1段');
    expect(citeLocation('column-1-note', 1)).toBe('第一章专栏1表注');
    expect(citeLocation('column-9-2')).toBe('专栏9第02项');
  });

  it('follow GB/T 7714 for an online document: issuer, title [EB/OL], year: place [date cited], address', () => {
    const base = { title: '某规划', location: '第三章第二节', url: 'https://example.gov.cn/chapters/3/#s3-2', cited: '2026-12-01' };
    expect(citationText({ ...base, issuer: '某厅', year: '2021' })).toBe(
      '某厅. 某规划[EB/OL]. 2021: 第三章第二节[2026-12-01]. https://example.gov.cn/chapters/3/#s3-2.',
    );
  });

  it('leave out the issuer and year the publisher has not set, inventing nothing', () => {
    const base = { title: '某规划', location: '第三章第二节', url: 'https://example.gov.cn/chapters/3/#s3-2', cited: '2026-12-01' };
    expect(citationText(base)).toBe('某规划[EB/OL]. 第三章第二节[2026-12-01]. https://example.gov.cn/chapters/3/#s3-2.');
  });

  it('write the date cited as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
