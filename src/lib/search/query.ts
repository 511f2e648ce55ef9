/**
 * The search rule, shared by the build step, the browser and the tests: a passage matches a query
 * when it contains every space-separated part of the query as a substring, whitespace ignored,
 * Latin letters compared without case (as the browser's own find does). This module reads the
 * query; the comparison itself is src/lib/search/comparable.ts.
 */

/** Longest query accepted, in characters after normalisation; longer input is cut, with a message. */
export const MAX_QUERY_CHARS = 100;

export interface NormalisedQuery {
  /** The parts to find, in the order typed, without duplicates; empty when nothing searchable is left. */
  terms: string[];
  /** True when the input was longer than MAX_QUERY_CHARS and was cut. */
  truncated: boolean;
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF05]/gu;

/**
 * Full-width digits, Latin letters and ％ become half-width (the plan writes 95%, 1200), every
 * kind of space separates terms, invisible and control characters go. Other full-width
 * punctuation stays: the plan itself writes （万人）.
 */
export function normaliseQuery(raw: string): NormalisedQuery {
  const cleaned = raw
    .normalize('NFC')
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (/\s/u.test(c) ? ' ' : ''))
    .trim();
  let left = MAX_QUERY_CHARS;
  const terms: string[] = [];
  for (const part of cleaned.split(/\s+/u)) {
    const kept = [...part].slice(0, left).join('');
    left -= [...kept].length;
    if (kept && !terms.includes(kept)) terms.push(kept);
  }
  const truncated = [...cleaned.replace(/\s+/gu, '')].length > MAX_QUERY_CHARS;
  return { terms, truncated };
}

/**
 * The part of the input a search uses: the input (NFC) cut after its MAX_QUERY_CHARS-th counted
 * character, spaces and invisible characters not counted, as normaliseQuery counts. Written into the
 * address instead of the whole input, so a long paste never makes a long URL.
 */
export function usedQuery(raw: string): string {
  let left = MAX_QUERY_CHARS;
  let used = '';
  for (const c of raw.normalize('NFC')) {
    const counted = !/\s/u.test(c) && !/[\p{Cc}\p{Cf}]/u.test(c);
    if (counted && left === 0) break;
    if (counted) left -= 1;
    used += c;
  }
  return used;
}
