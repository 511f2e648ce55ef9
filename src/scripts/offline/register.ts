/**
 * Registers the site's service worker (sw.js at the site base, scope: the base) once the page has
 * loaded, so the offline copy is fetched after the page, never before it or in its way. Included in
 * the header's module on every page only when offline reading is on (src/integrations/offline.ts sets
 * __PLAN_OFFLINE__ at build time; when it is off the code is not in the bundle). Where there are no
 * service workers (an http:// address other than localhost, file://, some private windows) it does
 * nothing; a refusal (storage off, a private window that has the API but no storage) is ignored.
 *
 * When the worker has saved a newer version than the page's own, it sends the one-line note to show
 * (offline-note.ts newerNote): it goes first into <main>, and its stylesheet hides an
 * offline note below it, so the page says one thing. Browsers' scroll anchoring keeps the text the
 * reader is looking at in place. Every byte here is on every page: the worker does the rest.
 */
declare const __PLAN_OFFLINE__: boolean;

export function registerOffline(base: string = import.meta.env.BASE_URL): void {
  if (!__PLAN_OFFLINE__ || !('serviceWorker' in navigator)) return;
  // The worker sends pages one kind of message, the note's HTML.
  navigator.serviceWorker.onmessage = ({ data }) => document.querySelector('main')?.insertAdjacentHTML('afterbegin', data);
  // A module script runs before the load event, so this waits for the page's own loads to finish.
  // The worker's scope is the folder it is in: the site base.
  addEventListener('load', () => navigator.serviceWorker.register(`${base}sw.js`).catch(() => undefined));
}
