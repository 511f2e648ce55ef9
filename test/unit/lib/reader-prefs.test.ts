import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs, prefsAttributes, PREPAINT_SCRIPT, PREFS_KEY, toggleElder } from '../../../src/lib/reader-prefs.ts';

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

  it('map choices to attributes on <html>', () => {
    expect(prefsAttributes({ size: 'l', theme: '', contrast: true, elder: false })).toEqual({
      'data-size': 'l',
      'data-theme': null,
      'data-contrast': 'high',
      'data-elder': null,
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
    const storage = { getItem: (k: string) => (k === PREFS_KEY ? '{"size":"xl","theme":"dark","contrast":true,"elder":true}' : null) };
    new Function('document', 'localStorage', PREPAINT_SCRIPT)({ documentElement: el }, storage);
    expect(classes).toEqual(['js']);
    expect(Object.fromEntries(attrs)).toEqual({ 'data-size': 'xl', 'data-theme': 'dark', 'data-contrast': 'high', 'data-elder': 'on' });
  });

  it('keep the pre-paint script tiny', () => {
    expect(PREPAINT_SCRIPT.length).toBeLessThan(500);
  });
});
