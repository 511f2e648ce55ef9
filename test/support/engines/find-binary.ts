/**
 * Finding the engines' programs. An environment variable names one explicitly; otherwise the usual
 * names on PATH (Debian's packages). None found is an error that says how to install it: the suite
 * fails, it never skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Program {
  /** What it is, for the message. */
  what: string;
  /** Environment variable that may name it. */
  env: string;
  /** Names to look up on PATH, in order. */
  names: string[];
  /** The Debian package that brings it. */
  apt: string;
}

export const WEBKIT_DRIVER: Program = {
  what: 'WebKitGTK WebDriver (WebKitWebDriver)',
  env: 'WEBKIT_WEBDRIVER',
  names: ['WebKitWebDriver'],
  apt: 'webkit2gtk-driver',
};
export const XVFB: Program = { what: 'Xvfb (the virtual X display WebKit needs)', env: 'XVFB_PATH', names: ['Xvfb'], apt: 'xvfb' };
export const FIREFOX: Program = { what: 'Firefox', env: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'], apt: 'firefox-esr' };

const onPath = (name: string): string | null => {
  try {
    return execFileSync('sh', ['-c', 'command -v "$0"', name], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

const howToInstall = (p: Program) =>
  `Install it with \`apt-get install ${p.apt}\` (Debian/Ubuntu; \`sudo bash scripts/install-test-tools.sh\` installs everything the tests need that is missing) or set ${p.env} to the program.`;

export function findProgram(p: Program): string {
  const fromEnv = process.env[p.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${p.env} is set to ${fromEnv}, but no file is there. ${howToInstall(p)}`);
  }
  for (const name of p.names) {
    const found = onPath(name);
    if (found) return found;
  }
  throw new Error(`No ${p.what} found for the cross-engine tests (looked for ${p.names.join(', ')} on PATH). ${howToInstall(p)}`);
}

/**
 * The MiniBrowser that WebKitWebDriver drives, which webkit2gtk-driver's dependency libwebkit2gtk
 * installs under /usr/lib/<multiarch>/webkit2gtk-4.x/ (MINIBROWSER names another).
 */
export function findMiniBrowser(): string {
  const fromEnv = process.env.MINIBROWSER;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`MINIBROWSER is set to ${fromEnv}, but no file is there.`);
  }
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const arch of ['', ...readdirSync(lib)]) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = join(lib, arch, api, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  throw new Error(`No WebKitGTK MiniBrowser found for the cross-engine tests. ${howToInstall(WEBKIT_DRIVER)}`);
}
