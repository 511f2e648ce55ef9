/**
 * Registers the site's service worker (sw.js at the site base, scope: the base) once the page has
 * loaded, so the offline copy is fetched after the page, never before it or in its way. Included in
 * the header's module on every page only when offline reading is on (src/integrations/offline.ts sets
 * __PLAN_OFFLINE__ at build time; when it is off the code is not in the bundle). Where there are no
 * service workers (an http:// address other than localhost, file://, some private windows) it does
 * nothing; a refusal (storage off, a private window that has the API but no storage) is ignored.
 *
 * When the worker has saved a newer version than the page's own, it says so (NEWER_MESSAGE, with the
 * text and the note's stylesheet): one line at the top of <main>, where a page from the copy has its
 * offline note (that note's text is replaced), read out by screen readers, and no jump in what the
 * reader is looking at.
 */
import { NEWER_MESSAGE } from '../../lib/offline/cache-names.ts';

declare const __PLAN_OFFLINE__: boolean;

function showNewer({ text, css }: { text: string; css: string }): void {
  let note = document.querySelector<HTMLElement>('[data-offline-note]');
  if (!note) {
    const main = document.querySelector('main') ?? document.body;
    const first = main.firstElementChild;
    const before = first?.getBoundingClientRect().top ?? 0;
    note = document.createElement('p');
    note.className = 'offline-note';
    note.setAttribute('role', 'status');
    note.dataset.ui = '';
    note.dataset.offlineNote = '';
    main.prepend(note);
    // Scrolled past the top: the text the reader is looking at stays where it was.
    if (first && before < 0) scrollBy(0, first.getBoundingClientRect().top - before);
    if (!document.querySelector(`link[href="${css}"]`)) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: css }));
  }
  // Set once the status element is in the page, so that it is announced.
  const shown = note;
  requestAnimationFrame(() => (shown.textContent = text));
}

export function registerOffline(base: string = import.meta.env.BASE_URL): void {
  if (!__PLAN_OFFLINE__ || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', ({ data }) => data?.type === NEWER_MESSAGE && showNewer(data));
  // A module script runs before the load event, so this waits for the page's own loads to finish.
  // The worker's scope is the folder it is in: the site base.
  addEventListener('load', () => navigator.serviceWorker.register(`${base}sw.js`).catch(() => undefined));
}
