import { describe, expect, it } from 'vitest';
import { charToken, tokensOf } from '../../../../src/lib/search/tokens.ts';

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
