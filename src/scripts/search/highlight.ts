/** Marks the search terms inside the passage a search result linked to (?hl=terms#anchor). */
// Kept free of imports: it ships on every page.
const comparable = (text: string): string => text.replace(/\s+/gu, '').toLowerCase();

export function highlightFromUrl(): void {
  const terms = (new URLSearchParams(location.search).get('hl') ?? '').split(/\s+/u).filter(Boolean).map(comparable);
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('[data-plan]');
  if (!target || terms.length === 0) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('[data-ui], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  for (const node of nodes) {
    const text = node.data;
    const lower = text.toLowerCase();
    const ranges: [number, number][] = [];
    for (const term of sorted) {
      for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
        const end = at + term.length;
        if (!ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
      }
    }
    if (ranges.length === 0) continue;
    ranges.sort((a, b) => a[0] - b[0]);
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of ranges) {
      fragment.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(s, e);
      fragment.append(mark);
      at = e;
    }
    fragment.append(text.slice(at));
    node.replaceWith(fragment);
  }
}
