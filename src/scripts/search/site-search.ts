/**
 * On every page (about 1 KB): / or Ctrl+K focuses the search box, and a page opened from a search
 * result (?hl=terms#anchor) marks the terms in that passage. The highlighter is not a separate
 * chunk because a dynamic import would add the bundler's preload helper to every page.
 */
import { highlightFromUrl } from './highlight.ts';

document.addEventListener('keydown', (event) => {
  const box = document.getElementById('site-search-q') as HTMLInputElement | null;
  const page = document.getElementById('search-q') as HTMLInputElement | null;
  const target = page ?? box;
  if (!target) return;
  const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]');
  if (
    (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) ||
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k')
  ) {
    event.preventDefault();
    // On a phone the header box is folded behind its 搜索 button: open it first.
    const fold = target.closest('details');
    if (fold && !target.checkVisibility()) fold.open = true;
    target.focus();
    target.select();
  }
});

if (new URLSearchParams(location.search).get('hl')) highlightFromUrl();
