/**
 * Where the reading starts on a page: the y of the first plan text, the share of the first screen
 * that plan text covers, and the page's width. Shared by `npm run bench:layout` and the layout tests.
 *
 * "Plan text" is what the reader came for: on home and chapter pages the plan's own headings,
 * paragraphs and table rows (inside [data-plan], UI marked data-ui excluded); on /indicators/ the
 * indicator rows; on /search/ the results. The share is vertical: the part of the first screen's
 * height that such blocks cover (their boxes, not the gaps between them).
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { FULL } from './pages.ts';
import { PREFS_KEY } from '../../src/reader/prefs.ts';

/** The reader's settings a measurement runs in, as stored by the reading tools (src/reader/prefs.ts). */
export const MODES = {
  default: null,
  elder: { size: 'xl', theme: '', contrast: true, elder: true },
  xl: { size: 'xl', theme: '', contrast: false, elder: false },
  l: { size: 'l', theme: '', contrast: false, elder: false },
} as const;
export type Mode = keyof typeof MODES;

/**
 * The text sizes a browser test tries: in `npm test` the default and the extremes (大, l, lies between
 * the default and 特大), with FULL=1 all four.
 */
export const BROWSER_MODES: readonly Mode[] = FULL ? ['default', 'l', 'xl', 'elder'] : ['default', 'xl', 'elder'];

export const PHONE_390 = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true } as const;
export const PHONE_320 = { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true } as const;
export const DESKTOP_1366 = { viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 } as const;

/** The blocks that count as plan text, by page. */
const PLAN_TEXT = ':is(h1, h2)[data-plan], [data-plan] :is(p, h2, h3, h4, h5, tr):not([data-ui]), table.dash tbody tr[data-row], .ind-card, #search-results li';
/** The first block of plan text proper (a paragraph, a row, a result): what "the first line of plan text" means. */
const FIRST_TEXT = '[data-plan] p:not([data-ui]), table.dash tbody tr[data-row], .ind-card, #search-results li';

export interface Layout {
  /** Top of the first plan paragraph (or row, or result), in CSS px from the top of the page; null when there is none. */
  firstTextY: number | null;
  /** Top of the page's h1. */
  titleY: number | null;
  /** Bottom of the page's h1. */
  titleBottom: number | null;
  /** Share (0–1) of the first screen's height covered by plan text. */
  planShare: number;
  /** document.scrollWidth: wider than the viewport means sideways scrolling. */
  width: number;
  viewportWidth: number;
  viewportHeight: number;
}

/**
 * Stores the reader's choices (`prefs`, or their JSON) under the reading tools' key before any page
 * script runs, as the pre-paint script would find them.
 */
export async function storePrefs(target: Page | BrowserContext, prefs: object | string): Promise<void> {
  await target.addInitScript(
    ([key, value]) => {
      try {
        localStorage.setItem(key, value);
      } catch {
        // opaque origins have no storage; the mode then stays default and the figures say so
      }
    },
    [PREFS_KEY, typeof prefs === 'string' ? prefs : JSON.stringify(prefs)] as const,
  );
}

/** A new context with the mode's settings stored before any page script runs. */
export async function contextFor(browser: Browser, options: BrowserContextOptions, mode: Mode) {
  const context = await browser.newContext(options);
  const prefs = MODES[mode];
  if (prefs) await storePrefs(context, prefs);
  return context;
}

/** Measures the page as loaded (no scrolling). */
export async function measureLayout(page: Page): Promise<Layout> {
  return page.evaluate(
    ({ planText, firstText }) => {
      const vh = innerHeight;
      const top = (el: Element | null) => (el ? el.getBoundingClientRect().top + scrollY : null);
      const first = [...document.querySelectorAll(firstText)].find((el) => el.getClientRects().length > 0) ?? null;
      const h1 = document.querySelector('main h1');
      const spans: [number, number][] = [];
      for (const el of document.querySelectorAll(planText)) {
        for (const r of el.getClientRects()) {
          const a = Math.max(0, r.top);
          const b = Math.min(vh, r.bottom);
          if (b > a && r.width > 0) spans.push([a, b]);
        }
      }
      spans.sort((x, y) => x[0] - y[0]);
      let covered = 0;
      let end = 0;
      for (const [a, b] of spans) {
        if (b <= end) continue;
        covered += b - Math.max(a, end);
        end = b;
      }
      return {
        firstTextY: top(first),
        titleY: top(h1),
        titleBottom: h1 ? h1.getBoundingClientRect().bottom + scrollY : null,
        planShare: covered / vh,
        width: document.documentElement.scrollWidth,
        viewportWidth: innerWidth,
        viewportHeight: vh,
      };
    },
    { planText: PLAN_TEXT, firstText: FIRST_TEXT },
  );
}
