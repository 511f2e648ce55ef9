/**
 * The one comparison of search. The query's Pagefind tokens (src/lib/search/pagefind-adapter.ts),
 * the verification of passages and the marks in result excerpts (src/lib/search/results.ts), and the
 * marks on the page a result opens (src/scripts/search/highlight.ts) all compare text through
 * comparable() and find terms with termRanges(), so what the search counts is what the page marks:
 * whitespace ignored (1600名 finds and marks "1600 名"), Latin letters without case.
 * Kept tiny and free of imports: the page-side highlighter ships on every page.
 */

/** Text as compared: whitespace removed, A–Z folded to lower case. One UTF-16 unit in, zero or one out. */
export const comparable = (text: string): string => text.replace(/\s+/gu, '').replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Does the text contain every term? False for no terms. */
export function matchesAll(text: string, terms: readonly string[]): boolean {
  const hay = comparable(text);
  return terms.length > 0 && terms.every((term) => hay.includes(comparable(term)));
}

/**
 * Where the terms occur in `hay` (already comparable), as [start, end) ranges, in order and not
 * overlapping: every occurrence of each term, longer terms first where two would overlap.
 */
export function termRanges(hay: string, terms: readonly string[]): [number, number][] {
  const taken: [number, number][] = [];
  for (const term of terms
    .map(comparable)
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)) {
    for (let at = hay.indexOf(term); at >= 0; at = hay.indexOf(term, at + term.length)) {
      const end = at + term.length;
      if (!taken.some(([s, e]) => at < e && end > s)) taken.push([at, end]);
    }
  }
  return taken.sort((a, b) => a[0] - b[0]);
}
