/**
 * Marks the search terms (?hl=terms) on the page a search result opened: every occurrence in the
 * page's plan text, compared exactly as search compares (src/lib/search/comparable.ts), so a term
 * is marked across whitespace ("1600 名" for 1600名) and across elements inside one passage (a
 * repaired word, a table's cells), never across two passages. The address's #anchor is not read:
 * the browser scrolls to it, and a malformed or unknown one changes nothing here.
 */
import { comparable, termRanges } from '../../lib/search/comparable.ts';

/** The passages of plan text, as search has them (headings, paragraphs, table rows). */
const PASSAGES = 'h1,h2,h3,h4,h5,h6,p,tr';

export function highlightFromUrl(): void {
  const terms = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/u).filter(Boolean);
  if (terms.length === 0) return;
  for (const root of document.querySelectorAll('[data-plan]')) {
    if (root.parentElement?.closest('[data-plan]')) continue;
    for (const passage of root.matches(PASSAGES) ? [root] : root.querySelectorAll(PASSAGES)) markTerms(passage, terms);
  }
}

/** Wraps every occurrence of the terms in `passage` in <mark class="search-hit">, one per text node it spans. */
function markTerms(passage: Element, terms: readonly string[]): void {
  const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-ui], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  // The passage's text as compared, and for each of its units the text node and offset it comes from.
  let hay = '';
  const from: [Text, number][] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const unit = comparable(node.data[i]!);
      if (unit) {
        hay += unit;
        from.push([node, i]);
      }
    }
  }
  // Last match first, and in each match its last text node first: wrapping splits a text node after
  // the wrapped part, so the offsets still to be wrapped stay valid.
  for (const [start, end] of termRanges(hay, terms).reverse()) {
    const spans = new Map<Text, [number, number]>();
    for (const [node, offset] of from.slice(start, end)) spans.set(node, [spans.get(node)?.[0] ?? offset, offset + 1]);
    for (const [node, [s, e]] of [...spans].reverse()) {
      const range = document.createRange();
      range.setStart(node, s);
      range.setEnd(node, e);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
    }
  }
}
