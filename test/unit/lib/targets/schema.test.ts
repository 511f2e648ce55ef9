import { describe, expect, it } from 'vitest';
import { parseTargets } from '../../../../src/lib/targets/schema.ts';
import { targets } from '../../../../src/data/targets.ts';

const good = { id: 't-s2-4-p1-a', what: '省级创业孵化基地', value: 100, unit: '家', printed: '100家', deadline: null, anchor: 's2-4-p1' };

describe('parseTargets', () => {
  it('accepts a target and defaults the qualifier', () => {
    expect(parseTargets([good])[0]).toMatchObject({ qualifier: '' });
  });

  it('names the target and the field of a bad record', () => {
    expect(() => parseTargets([{ ...good, value: 'a hundred' }])).toThrow(/target "t-s2-4-p1-a", field "value"/);
    expect(() => parseTargets([{ ...good, anchor: 's2-4' }])).toThrow(/field "anchor"/);
    expect(() => parseTargets([good, good])).toThrow(/duplicate id/);
    expect(() => parseTargets([{ ...good, max: 50 }])).toThrow(/field "max"/);
  });

  it('refuses a misspelt key, suggesting the one it meant', () => {
    expect(() => parseTargets([{ ...good, anchr: 's2-4-p1' }])).toThrow(/target "t-s2-4-p1-a", field "anchr": unknown field \(did you mean "anchor"\?\)/);
  });

  it('refuses a table row as the anchor of a target', () => {
    expect(() => parseTargets([{ ...good, anchor: 'column-1-r5' }])).toThrow(/field "anchor": a paragraph anchor/);
  });
});

describe('the targets list', () => {
  it('collects the targets of the chapters and 专栏', () => {
    expect(targets.length).toBeGreaterThanOrEqual(50);
    expect(targets.map((t) => t.printed)).toEqual(expect.arrayContaining(['100家', '30万人次', '1.5万家']));
  });
});
