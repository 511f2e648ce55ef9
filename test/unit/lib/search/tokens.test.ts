import { describe, expect, it } from 'vitest';
import { alphabetOf, charToken, FILLER, recordContent, tokensOf } from '../../../../src/lib/search/tokens.ts';

describe('charToken', () => {
  it('writes a character as a word of lower-case ASCII letters and digits', () => {
    for (const c of ['险', '%', 'a', '，', '😀', '〇']) expect(charToken(c)).toMatch(/^[0-9a-z]+$/);
  });

  it('gives different characters different tokens, none a prefix of another', () => {
    const chars = ['险', '风', '%', '9', '，', '（', '😀', '\u9fff', '\ua000'];
    const tokens = chars.map(charToken);
    expect(new Set(tokens).size).toBe(chars.length);
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe('tokensOf', () => {
  it('lists each character of a text once, sorted, whitespace left out', () => {
    expect(tokensOf('保险 保险')).toEqual([charToken('保'), charToken('险')].sort());
  });
});

describe('recordContent', () => {
  const alphabet = alphabetOf(['保险 风险', '养老']);

  it('lists the characters of all texts once, in code point order, whitespace left out', () => {
    expect(alphabet).toEqual(['保', '养', '老', '险', '风']);
  });

  it('puts every character of the alphabet at its own position, fillers where a record lacks it, none at the end', () => {
    const words = (chars: string) => recordContent(new Set(chars), alphabet).split(' ');
    expect(words('险保')).toEqual([charToken('保'), FILLER, FILLER, charToken('险')]);
    expect(words('风')).toEqual([FILLER, FILLER, FILLER, FILLER, charToken('风')]);
    // The same character is at the same position in every record.
    expect(words('养险').indexOf(charToken('险'))).toBe(words('保险').indexOf(charToken('险')));
  });

  it('refuses a character outside the alphabet', () => {
    expect(() => recordContent(new Set('保医'), alphabet)).toThrow(/outside the alphabet: 医/);
  });
});
