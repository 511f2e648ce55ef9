import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../support/browser.ts';

const saved = { CHROME_PATH: process.env.CHROME_PATH, PATH: process.env.PATH };
afterEach(() => {
  process.env.PATH = saved.PATH;
  if (saved.CHROME_PATH === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved.CHROME_PATH;
});

describe('findChromium', () => {
  it('fails, saying how to install one, when no browser is on PATH', () => {
    delete process.env.CHROME_PATH;
    process.env.PATH = '/nonexistent';
    expect(() => findChromium()).toThrow(/apt-get install chromium/);
  });

  it('fails when CHROME_PATH names a file that is not there', () => {
    process.env.CHROME_PATH = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow(/CHROME_PATH is set/);
  });
});
