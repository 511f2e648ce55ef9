import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs, prefsAttributes, PREFS_KEY, toggleElder } from '../../../src/reader/prefs.ts';
import { PREPAINT_SCRIPT } from '../../../src/reader/prepaint-script.ts';

describe('reader preferences', () => {
  it('read stored choices and ignore malformed or unknown values', () => {
    expect(parsePrefs(null)).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('not json')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{"size":"huge","theme":"blue","contrast":"yes"}')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{"size":"xl","theme":"dark","contrast":true,"elder":false}')).toEqual({
      size: 'xl',
      theme: 'dark',
      contrast: true,
      elder: false,
    });
  });

  it('read the 无障碍 tools and read-aloud choices, keeping only known values', () => {
    expect(parsePrefs('{"cursor":true,"guide":true,"caption":true,"simple":true,"mute":true,"rate":"fast","speak":"on"}')).toEqual({
      ...DEFAULT_PREFS,
      cursor: true,
      guide: true,
      caption: true,
      simple: true,
      mute: true,
      rate: 'fast',
      speak: 'on',
    });
    expect(parsePrefs('{"cursor":"yes","rate":"warp","speak":"constructor","guide":1,"mute":"true"}')).toEqual(DEFAULT_PREFS);
  });

  it('map choices to attributes on <html>', () => {
    expect(prefsAttributes({ size: 'l', theme: '', contrast: true, elder: false })).toEqual({
      'data-size': 'l',
      'data-theme': null,
      'data-contrast': 'high',
      'data-elder': null,
      'data-cursor': null,
      'data-guide': null,
      'data-caption': null,
      'data-simple': null,
      'data-mute': null,
      'data-rate': null,
      'data-speak': null,
    });
    expect(prefsAttributes({ ...DEFAULT_PREFS, cursor: true, simple: true, rate: 'slow', speak: 'point' })).toMatchObject({
      'data-cursor': 'big',
      'data-simple': 'on',
      'data-rate': 'slow',
      'data-speak': 'point',
    });
  });

  it('turn elder mode on as 特大 + 高对比 and restore the earlier choices when it is turned off', () => {
    const start = { ...DEFAULT_PREFS, size: 'l' as const };
    const on = toggleElder(start, true);
    expect(on).toMatchObject({ elder: true, size: 'xl', contrast: true });
    expect(toggleElder(on, false)).toEqual(start);
  });

  it('apply the same choices in the pre-paint script', () => {
    const attrs = new Map<string, string>();
    const classes: string[] = [];
    const el = { setAttribute: (k: string, v: string) => attrs.set(k, v), classList: { add: (c: string) => classes.push(c) } };
    const stored = {
      size: 'xl',
      theme: 'dark',
      contrast: true,
      elder: true,
      cursor: true,
      guide: true,
      caption: true,
      simple: true,
      mute: true,
      rate: 'fast',
      speak: 'on',
    };
    const storage = { getItem: (k: string) => (k === PREFS_KEY ? JSON.stringify(stored) : null) };
    new Function('document', 'localStorage', PREPAINT_SCRIPT)({ documentElement: el }, storage);
    expect(classes).toEqual(['js']);
    const expected = Object.fromEntries(Object.entries(prefsAttributes(parsePrefs(JSON.stringify(stored)))).filter(([, v]) => v !== null));
    expect(Object.fromEntries(attrs)).toEqual(expected);
    expect(Object.keys(expected)).toHaveLength(11);
  });

  it('ignore values in the pre-paint script that only look like table entries', () => {
    const attrs = new Map<string, string>();
    const el = { setAttribute: (k: string, v: string) => attrs.set(k, v), classList: { add: () => undefined } };
    const storage = { getItem: () => '{"size":"constructor","rate":"toString","cursor":"true","speak":"__proto__"}' };
    new Function('document', 'localStorage', PREPAINT_SCRIPT)({ documentElement: el }, storage);
    expect(Object.fromEntries(attrs)).toEqual({});
  });

  it('keep the pre-paint script tiny', () => {
    expect(PREPAINT_SCRIPT.length).toBeLessThan(600);
  });
});
