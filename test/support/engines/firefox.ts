/**
 * Firefox: Debian's firefox-esr, headless, over WebDriver BiDi with puppeteer-core (Debian ships no
 * geckodriver, so BiDi, which Firefox serves itself, is the way in).
 * - Script errors: BiDi log.entryAdded (console errors and uncaught exceptions, as puppeteer's
 *   `console` and `pageerror` events), plus the error probe as a BiDi preload script for CSP
 *   violations and failed loads, which no log entry reports.
 * - Requests: BiDi network.beforeRequestSent (puppeteer's `request` event), any origin.
 * - Widths: browsingContext.setViewport, any width. Overlay scrollbars, as on a phone, so a 320 px
 *   viewport lays out at 320 px.
 */
import puppeteer, { type Browser, type BrowserContext, type Page } from 'puppeteer-core';
import type { Engine, EngineTab, Overflow } from './engine.ts';
import { measureOverflow } from './engine.ts';
import { FIREFOX, findProgram } from './find-binary.ts';
import { describeEntry, drainProbe, installProbe, type ProbeEntry } from './probe.ts';
import type { RecordingServer } from './recording-server.ts';

const WIDTHS = [390, 320];
const HEIGHT = 844;

/** Preferences for a closed network and a phone-like layout. */
const PREFS = {
  // Overlay scrollbars take no layout width, as on phones (classic ones take 12 px).
  'ui.useOverlayScrollbars': 1,
  // Nothing of Firefox's own may call out (puppeteer already turns off updates and telemetry).
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
};

export async function launchFirefox(server: RecordingServer): Promise<Engine> {
  const executablePath = findProgram(FIREFOX);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: PREFS,
  });
  const raw = await browser.version(); // "firefox/153.8.0esr"
  return {
    name: 'firefox',
    version: `Firefox ${raw.replace(/^firefox\//i, '')}`,
    widths: WIDTHS.map((width) => ({ width, how: 'viewport' as const })),
    open: async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const tab = new FirefoxTab(context, page, server);
      await page.evaluateOnNewDocument(installProbe);
      return tab;
    },
    close: () => browser.close(),
  };
}

class FirefoxTab implements EngineTab {
  readonly engine = 'firefox' as const;
  private readonly found: string[] = [];
  private readonly requested: string[] = [];
  private readonly logStart: number;
  private readonly context: BrowserContext;
  private readonly page: Page;
  private readonly server: RecordingServer;

  constructor(context: BrowserContext, page: Page, server: RecordingServer) {
    this.context = context;
    this.page = page;
    this.server = server;
    this.logStart = server.log.length;
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.found.push(`console: ${msg.text()} [${page.url()}]`);
    });
    page.on('pageerror', (err) => this.found.push(`uncaught: ${err instanceof Error ? err.message : String(err)} [${page.url()}]`));
    page.on('request', (req) => this.requested.push(req.url()));
  }

  /** The probe's CSP and load entries of the current document (the log already has the rest). */
  private async harvest(): Promise<void> {
    const url = this.page.url();
    if (!url.startsWith(this.server.origin)) return;
    const entries = await this.page.evaluate(drainProbe).catch(() => [] as ProbeEntry[]);
    if (entries === null) throw new Error(`the error probe is missing from ${url}: CSP violations there would go unseen`);
    this.found.push(...entries.filter((e) => e.kind === 'csp' || e.kind === 'load').map((e) => describeEntry(url, e)));
  }

  async goto(url: string): Promise<void> {
    await this.harvest();
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    await this.harvest();
    await this.page.reload({ waitUntil: 'load' });
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  async setViewport(width: number, height: number): Promise<number> {
    await this.page.setViewport({ width, height });
    return this.page.evaluate(() => document.documentElement.clientWidth);
  }

  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    // The same toString() serialisation as the WebKit side, so a function that works in one works in both.
    return this.page.evaluate(`(${fn.toString()})(...${JSON.stringify(args)})`) as Promise<Awaited<R>>;
  }

  async runScript(source: string): Promise<void> {
    await this.page.evaluate(`${source}\n;true`);
  }

  async waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A): Promise<void> {
    const until = Date.now() + 20_000;
    let last = '';
    while (Date.now() < until) {
      try {
        if (await this.evaluate(fn, ...args)) return;
      } catch (err) {
        last = String(err);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Firefox: timed out waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
  }

  async click(selector: string): Promise<void> {
    await this.harvest();
    await this.page.click(selector);
  }

  async overflowAt(url: string, width: number): Promise<Overflow> {
    const got = await this.setViewport(width, HEIGHT);
    if (got !== width) throw new Error(`Firefox: asked for a ${width} px wide viewport, the page got ${got} px`);
    await this.goto(url);
    return { ...(await this.evaluate(measureOverflow)), how: 'viewport' };
  }

  async errors(): Promise<string[]> {
    await this.harvest();
    return [...this.found];
  }

  requests(): string[] {
    return [...this.requested];
  }

  failedResponses() {
    return this.server.log.slice(this.logStart).filter((r) => r.status >= 400);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
