import { afterEach, describe, expect, it } from 'vitest';
import { findProgram, FIREFOX, WEBKIT_DRIVER, XVFB } from '../../support/engines/find-binary.ts';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('findProgram (the cross-engine suite)', () => {
  it.each([
    [WEBKIT_DRIVER, 'apt-get install webkit2gtk-driver'],
    [XVFB, 'apt-get install xvfb'],
    [FIREFOX, 'apt-get install firefox-esr'],
  ])('fails, saying how to install it, when $what is not on PATH', (program, hint) => {
    delete process.env[program.env];
    process.env.PATH = '/nonexistent';
    expect(() => findProgram(program)).toThrow(hint);
  });

  it('fails when the environment variable names a file that is not there', () => {
    process.env.FIREFOX_PATH = '/nonexistent/firefox';
    expect(() => findProgram(FIREFOX)).toThrow(/FIREFOX_PATH is set to \/nonexistent\/firefox/);
  });
});
