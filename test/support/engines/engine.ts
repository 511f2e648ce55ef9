/**
 * What the cross-engine suite (test/engines/) asks of a browser engine, whatever its driver:
 * WebKit over classic WebDriver (webkit.ts), Firefox over WebDriver BiDi (firefox.ts).
 * Page code passed to evaluate() is serialised with toString(), as in Playwright: it must not
 * refer to anything outside itself.
 */
import type { Recorded } from './recording-server.ts';

export type EngineName = 'webkit' | 'firefox';

/** How a width is given to the page: the window or viewport itself, or an iframe of that width. */
export type WidthMethod = 'viewport' | 'frame';

export interface Overflow {
  /** The width the page lays out at (its root's clientWidth). */
  width: number;
  /** How far it scrolls sideways: scrollWidth − clientWidth of its root. */
  overflow: number;
  /** Up to three elements reaching past the right edge, as `tag.class (right edge px)`. */
  culprits: string[];
  how: WidthMethod;
}

export interface EngineTab {
  readonly engine: EngineName;
  /** Loads url and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Sets the viewport (WebKit: the window, which has a minimum); returns the width the page gets. */
  setViewport(width: number, height: number): Promise<number>;
  /** Runs fn in the page with JSON arguments and returns its (awaited) JSON result. */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Runs a classic script's source in the page (e.g. axe-core), outside the page's CSP. */
  runScript(source: string): Promise<void>;
  /** Polls fn in the page until it returns something truthy; throws with `what` after the timeout. */
  waitFor<A extends unknown[]>(what: string, fn: (...args: A) => unknown, ...args: A): Promise<void>;
  /** A real pointer click on the first element matching selector (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** Loads url at `width` and measures sideways scrolling (WebKit below its window minimum: in an iframe). */
  overflowAt(url: string, width: number): Promise<Overflow>;
  /** Script errors in every document this tab has shown so far, each with the engine's words. */
  errors(): Promise<string[]>;
  /** Every URL the engine requested since the tab opened, whatever the origin. */
  requests(): string[];
  /** Responses of the site's server since the tab opened that failed (status ≥ 400). */
  failedResponses(): Recorded[];
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** e.g. "WebKitGTK 2.50.6 (MiniBrowser)", "Firefox 153.8.0esr". */
  readonly version: string;
  /** Widths every page is checked at for sideways scrolling, narrowest last, and how each is given. */
  readonly widths: ReadonlyArray<{ width: number; how: WidthMethod }>;
  /** A fresh tab with empty storage (WebKit: a new session; Firefox: a new user context). */
  open(): Promise<EngineTab>;
  close(): Promise<void>;
}

/** Runs in the page: how far `doc` scrolls sideways, and which elements stick out. Self-contained. */
export function measureOverflow(doc: Document = document): Omit<Overflow, 'how'> {
  const root = doc.documentElement;
  const width = root.clientWidth;
  const culprits: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll<HTMLElement>('*'))) {
    const right = el.getBoundingClientRect().right + (doc.defaultView?.scrollX ?? 0);
    if (right <= width + 0.5) continue;
    // Report the outermost offender only, not each of its children.
    if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 0.5 && el.parentElement !== doc.body) continue;
    let clipped = false;
    for (let p = el.parentElement; p && p !== doc.body; p = p.parentElement) {
      if ((doc.defaultView ?? window).getComputedStyle(p).overflowX !== 'visible') clipped = true;
    }
    if (clipped) continue;
    culprits.push(
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (right edge ${Math.round(right)} px)`,
    );
    if (culprits.length === 3) break;
  }
  return { width, overflow: root.scrollWidth - width, culprits };
}

/**
 * A network request to another origin. data: and blob: URLs go nowhere (Firefox draws list bullets
 * with a data: font from its own UA stylesheet), so they are not counted.
 */
export const offOrigin = (url: string, origin: string): boolean => /^(https?|wss?|ftp):/i.test(url) && new URL(url).origin !== origin;
