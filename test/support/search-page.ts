/** Driving the /search/ page in a real browser: type a query, wait for its results, read them. */
import type { Page } from 'playwright-core';

export interface QueryRun {
  /** data-key of every result item (page#anchor), sorted. */
  keys: string[];
  /** Milliseconds from the input event to results rendered and painted. */
  ms: number;
  status: string;
}

/**
 * Runs in the page (any engine): types q into the search box, waits for its results, reads them.
 * Self-contained, so it can be serialised into WebKit and Firefox as well as Playwright.
 */
export async function queryInPage(query: string): Promise<QueryRun> {
  const input = document.getElementById('search-q') as HTMLInputElement;
  const results = document.getElementById('search-results')!;
  const status = document.getElementById('search-status')!;
  delete results.dataset.query;
  const start = performance.now();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise<void>((resolve, reject) => {
    const limit = setTimeout(() => reject(new Error(`no results rendered for ${query}`)), 20_000);
    const check = () => {
      if (results.dataset.query === query || (query.trim() === '' && status.textContent === '')) {
        clearTimeout(limit);
        requestAnimationFrame(() => resolve());
      } else requestAnimationFrame(check);
    };
    check();
  });
  const ms = performance.now() - start;
  const keys = [...results.querySelectorAll<HTMLElement>('li[data-key]')].map((li) => li.dataset.key!).sort();
  return { keys, ms, status: status.textContent ?? '' };
}

export const runQuery = (page: Page, q: string): Promise<QueryRun> => page.evaluate(queryInPage, q);
