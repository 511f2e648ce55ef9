/**
 * Registers the site's service worker (sw.js at the site base, scope: the base) once the page has
 * loaded, so the offline copy is fetched after the page, never before it or in its way. Included in
 * the header's module on every page only when offline reading is on (src/integrations/offline.ts sets
 * __PLAN_OFFLINE__ at build time; when it is off the code is not in the bundle). Where there are no
 * service workers (an http:// address other than localhost, file://, some private windows) it does
 * nothing; a refusal (storage off, a private window that has the API but no storage) is ignored.
 */
declare const __PLAN_OFFLINE__: boolean;

export function registerOffline(base: string = import.meta.env.BASE_URL): void {
  // A module script runs before the load event, so this waits for the page's own loads to finish.
  // The worker's scope is the folder it is in: the site base.
  if (__PLAN_OFFLINE__ && 'serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(`${base}sw.js`).catch(() => undefined));
}
