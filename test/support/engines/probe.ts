/**
 * The error probe: a script that runs in the page before any of the page's own scripts and records
 * what went wrong there, for engines whose driver reports no console (WebKit over classic WebDriver)
 * and for what no driver reports (Content-Security-Policy violations).
 * WebKit: the recording server puts it first in every HTML page it serves, as a same-origin script
 * (so the page's CSP allows it). Firefox: a BiDi preload script (script.addPreloadScript).
 * Limitation: only what surfaces as a DOM event or a console.error call is seen; engine-internal
 * console messages (e.g. a deprecation warning) are not.
 */

/** Where the recording server serves the probe, below the site's base path. */
export const PROBE_PATH = '__engines/probe.js';

export interface ProbeEntry {
  kind: 'uncaught' | 'rejection' | 'console' | 'load' | 'csp';
  text: string;
}

/** Runs in the browser: records errors in window.__engineProbe. Self-contained (serialised with toString). */
export function installProbe(): void {
  const w = window as unknown as { __engineProbe?: ProbeEntry[] };
  if (w.__engineProbe) return;
  const entries: ProbeEntry[] = [];
  w.__engineProbe = entries;
  const add = (kind: ProbeEntry['kind'], text: string) => entries.push({ kind, text });
  addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) add('uncaught', `${event.message} (${event.filename}:${event.lineno})`);
      else {
        // An error event that is not an ErrorEvent: an element (script, link, img) failed to load.
        const el = event.target as HTMLElement & { src?: string; href?: string };
        add('load', `failed to load ${el.src || el.href || el.tagName}`);
      }
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { stack?: string } | undefined;
    add('rejection', String(reason?.stack ?? reason));
  });
  addEventListener('securitypolicyviolation', (event) =>
    add('csp', `Content-Security-Policy blocked ${event.blockedURI || 'inline code'} (${event.violatedDirective})`),
  );
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    add('console', args.map(String).join(' '));
    original(...args);
  };
}

/** Runs in the browser: takes the entries recorded in this document so far; null if the probe is not there. */
export function drainProbe(): ProbeEntry[] | null {
  return (window as unknown as { __engineProbe?: ProbeEntry[] }).__engineProbe?.splice(0) ?? null;
}

export const describeEntry = (url: string, e: ProbeEntry): string => `${e.kind}: ${e.text} [${url}]`;

export const probeScript = (): string => `(${installProbe.toString()})();\n`;
