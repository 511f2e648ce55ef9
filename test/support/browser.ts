/**
 * Real-browser tests drive the system Chromium with playwright-core (no browser downloads).
 * The browser is found through CHROME_PATH, then the usual names on PATH: Debian's
 * chromium-headless-shell first (the same Chromium build without the browser's window and UI; a page
 * opens and runs axe about a quarter faster, docs/testing.md), then the full browser. None found is a
 * failure that says how to install one, never a silent skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** The full browser, for what needs it (Lighthouse runs Chromium's new headless mode). */
export const FULL_CHROMIUM = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const CANDIDATES = ['chromium-headless-shell', ...FULL_CHROMIUM];

export function findChromium(names: readonly string[] = CANDIDATES): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  for (const name of names) {
    try {
      const path = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'No Chromium found for the browser tests. Install one with `apt-get install chromium` (Debian/Ubuntu) ' +
      'or point CHROME_PATH at a Chromium or Chrome binary. `sudo bash scripts/install-test-tools.sh` installs everything the tests need that is missing.',
  );
}

/** Flags for a headless Chromium on a closed network, run as root in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * How long a navigation or an action may take in any context of the browser, instead of Playwright's
 * 30 s: with the machine loaded (load average 30 and more) a page load took longer, failed the test long
 * before its own limit (120 s) and left a shared page mid-navigation for the next test.
 */
const PAGE_TIMEOUT = 90_000;

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  // browser.newPage() makes its context through newContext() too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options?: BrowserContextOptions) => {
    // No service worker unless a test asks for one (the offline tests: serviceWorkers: 'allow'): on
    // every page load the site's worker would start saving the offline copy (391 files, 3.5 MB) in the
    // background of a test about something else, on the same two cores.
    const context = await newContext({ serviceWorkers: 'block', ...options });
    context.setDefaultTimeout(PAGE_TIMEOUT);
    return context;
  };
  return browser;
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** A new page in its own context that records console errors, page errors and requests. */
export async function openPage(browser: Browser, options: BrowserContextOptions = DESKTOP): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('request', (req) => requests.push(req.url()));
  return { page, context, errors, requests };
}
