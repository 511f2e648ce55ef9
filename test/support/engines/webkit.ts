/**
 * WebKit: Debian's webkit2gtk-driver (WebKitWebDriver + MiniBrowser, the engine of Safari and of
 * every iOS browser including WeChat's) on a private Xvfb display, over classic WebDriver.
 * - Script errors: classic WebDriver has no log API, so the recording server adds the error probe
 *   to every page (test/support/engines/probe.ts).
 * - Requests: the session's proxy is the recording server, so every request, to any origin, is in
 *   its log (and none leaves the machine).
 * - Widths: MiniBrowser's window does not go narrower than its toolbar (measured at launch: 447 px
 *   with Debian's GTK theme); narrower widths are iframes of that width in a same-origin page, which
 *   lay out (media queries, vw) exactly as a viewport of that width.
 */
import { spawn } from 'node:child_process';
import type { Engine, EngineTab, Overflow } from './engine.ts';
import { measureOverflow } from './engine.ts';
import { findMiniBrowser, findProgram, WEBKIT_DRIVER } from './find-binary.ts';
import { describeEntry, drainProbe, type ProbeEntry } from './probe.ts';
import { FRAME_PATH, type RecordingServer } from './recording-server.ts';
import { waitForDriver, WebDriverSession } from './webdriver-classic.ts';
import { startXvfb } from './xvfb.ts';
import { freePort } from '../free-port.ts';

/** Widths checked below the window minimum, as iframes. */
const FRAME_WIDTHS = [390, 320];
const HEIGHT = 844;

export async function launchWebKit(server: RecordingServer): Promise<Engine> {
  const driverPath = findProgram(WEBKIT_DRIVER);
  const miniBrowser = findMiniBrowser();
  const x = await startXvfb();
  const port = await freePort();
  const driver = spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: x.display, WAYLAND_DISPLAY: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverErr = '';
  driver.stderr?.on('data', (d) => (driverErr += d));
  const endpoint = `http://127.0.0.1:${port}`;
  const stopAll = async () => {
    if (driver.exitCode === null && driver.signalCode === null) {
      const exited = new Promise((resolve) => driver.once('exit', resolve));
      driver.kill('SIGTERM');
      await exited;
    }
    await x.stop();
  };
  const capabilities = {
    'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation', '--private'] },
    proxy: { proxyType: 'manual', httpProxy: server.host, sslProxy: server.host },
    pageLoadStrategy: 'normal',
  };
  const newSession = async () => {
    const session = await WebDriverSession.create(endpoint, capabilities);
    await session.setTimeouts({ script: 60_000, pageLoad: 30_000, implicit: 0 });
    return session;
  };

  let version: string;
  let narrowest = 0;
  try {
    await waitForDriver(endpoint, 10_000, () => (driver.exitCode === null ? null : `WebKitWebDriver exited: ${driverErr}`));
    const first = await newSession();
    version = `WebKitGTK ${String(first.capabilities.browserVersion)} (${String(first.capabilities.browserName)})`;
    await first.setWindowRect({ width: 100, height: HEIGHT });
    narrowest = await first.execute<number>('return document.documentElement.clientWidth');
    await first.delete();
  } catch (err) {
    await stopAll();
    throw err;
  }

  return {
    name: 'webkit',
    version,
    widths: [{ width: narrowest, how: 'viewport' }, ...FRAME_WIDTHS.filter((w) => w < narrowest).map((width) => ({ width, how: 'frame' as const }))],
    open: async () => new WebKitTab(await newSession(), server, narrowest),
    close: stopAll,
  };
}

/** The page-side wrapper of evaluate(): runs `source` (a function expression) with args, reports value or error. */
const asyncWrapper = (source: string) => `const done = arguments[arguments.length - 1];
Promise.resolve().then(() => (${source})(...arguments[0])).then(
  (value) => done({ ok: true, value: value === undefined ? null : value }),
  (thrown) => done({ ok: false, thrown: String(thrown) + (thrown && thrown.stack ? ' at ' + thrown.stack : '') }),
);`;

class WebKitTab implements EngineTab {
  readonly engine = 'webkit' as const;
  private readonly found: string[] = [];
  private readonly logStart: number;
  private readonly session: WebDriverSession;
  private readonly server: RecordingServer;
  private readonly narrowest: number;

  constructor(session: WebDriverSession, server: RecordingServer, narrowest: number) {
    this.session = session;
    this.server = server;
    this.narrowest = narrowest;
    this.logStart = server.log.length;
  }

  private async evaluateSource<R>(source: string, args: unknown[]): Promise<R> {
    const result = await this.session.executeAsync<{ ok: boolean; value?: R; thrown?: string }>(asyncWrapper(source), [args]);
    if (!result.ok) throw new Error(`in WebKit: ${result.thrown}`);
    return result.value as R;
  }

  /** Collects the current document's probe entries before it is left. */
  private async harvest(): Promise<void> {
    try {
      const url = await this.session.currentUrl();
      if (!url.startsWith(this.server.origin) || url.includes(FRAME_PATH)) return;
      const entries = await this.evaluateSource<ProbeEntry[] | null>(drainProbe.toString(), []);
      if (entries === null) throw new Error(`the error probe is missing from ${url}: errors there would go unseen`);
      this.found.push(...entries.map((e) => describeEntry(url, e)));
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('the error probe')) throw err;
      // No document yet (about:blank) or one being replaced: nothing to collect.
    }
  }

  /** WebKitWebDriver can answer a session's first navigation before the load event (readyState "interactive"). */
  private loaded(): Promise<void> {
    return this.waitFor('the load event', () => document.readyState === 'complete');
  }

  async goto(url: string): Promise<void> {
    await this.harvest();
    await this.session.navigate(url);
    await this.loaded();
  }

  async reload(): Promise<void> {
    await this.harvest();
    await this.session.refresh();
    await this.loaded();
  }

  url(): Promise<string> {
    return this.session.currentUrl();
  }

  async setViewport(width: number, height: number): Promise<number> {
    // MiniBrowser in automation mode has no window chrome: the window is the viewport.
    await this.session.setWindowRect({ width, height });
    return this.session.execute<number>('return document.documentElement.clientWidth');
  }

  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return this.evaluateSource(fn.toString(), args);
  }

  async runScript(source: string): Promise<void> {
    await this.session.execute(`${source}\n;return true;`);
  }

  async waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A): Promise<void> {
    const until = Date.now() + 20_000;
    let last = '';
    while (Date.now() < until) {
      try {
        if (await this.evaluateSource(fn.toString(), args)) return;
      } catch (err) {
        last = String(err); // e.g. the page is navigating; try again
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`WebKit: timed out waiting for ${what}${last ? ` (last error: ${last})` : ''}`);
  }

  async click(selector: string): Promise<void> {
    await this.harvest();
    await this.session.click(selector);
  }

  async overflowAt(url: string, width: number): Promise<Overflow> {
    if (width >= this.narrowest) {
      const got = await this.setViewport(width, HEIGHT);
      if (got !== width) throw new Error(`WebKit: asked for a ${width} px wide window, got ${got} px`);
      await this.goto(url);
      return { ...(await this.evaluate(measureOverflow)), how: 'viewport' };
    }
    await this.setViewport(this.narrowest, HEIGHT);
    await this.goto(`${this.server.url}${FRAME_PATH}`);
    const inFrame = await this.evaluateSource<Omit<Overflow, 'how'> & { probe: ProbeEntry[] | null }>(
      `async (src, w, h) => {
        const measure = ${measureOverflow.toString()};
        const frame = document.getElementById('frame');
        frame.style.width = w + 'px';
        frame.style.height = h + 'px';
        await new Promise((resolve, reject) => {
          setTimeout(() => reject(new Error('the page did not load in the frame within 30 s')), 30000);
          frame.onload = resolve;
          frame.src = src;
        });
        const probe = frame.contentWindow.__engineProbe;
        return { ...measure(frame.contentDocument), probe: probe ? probe.splice(0) : null };
      }`,
      [url, width, HEIGHT],
    );
    if (inFrame.probe === null) throw new Error(`the error probe is missing from ${url} in the frame`);
    this.found.push(...inFrame.probe.map((e) => describeEntry(`${url} (in a ${width} px frame)`, e)));
    if (inFrame.width !== width) throw new Error(`WebKit: a ${width} px frame laid out at ${inFrame.width} px`);
    return { width: inFrame.width, overflow: inFrame.overflow, culprits: inFrame.culprits, how: 'frame' };
  }

  async errors(): Promise<string[]> {
    await this.harvest();
    return [...this.found];
  }

  requests(): string[] {
    return this.server.log.slice(this.logStart).map((r) => r.url);
  }

  failedResponses() {
    return this.server.log.slice(this.logStart).filter((r) => r.status >= 400);
  }

  async close(): Promise<void> {
    await this.session.delete();
  }
}
