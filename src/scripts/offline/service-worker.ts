/**
 * The site's service worker (bundled by src/integrations/offline.ts into sw.js at the site base, with
 * the build's file list and version put in). After the first visit it keeps one complete build of the
 * site in the Cache API, so every page reads and searches without a network:
 *
 * - install: fetches every file of the list (pages, CSS, JS, Pagefind's files, data, downloads) and
 *   keeps it, reusing a file from the previous build's copy when its revision is unchanged. Any answer
 *   that is not a plain 200 from this origin fails the install: an error is never cached, and the old
 *   copy stays in use until a later visit installs the new one whole.
 * - activate: deletes this scope's older copies, takes over open pages.
 * - fetch: only GET requests of this origin inside the scope. Pages: the network first (a page read
 *   online is always the current one), the copy when the network fails or takes longer than
 *   NAVIGATION_TIMEOUT, marked with a note saying so. Hashed assets (_assets/): the copy first, as their
 *   names change with their content. Everything else: the network, then the copy. The copy is only ever
 *   written by install, so it is always exactly one build. No request ever goes to another origin.
 */
import { cacheName, metaUrl, REVISION_HEADER, scopeCachePrefix } from '../../lib/offline/cache-names.ts';
import { savedTime, withOfflineNote } from '../../lib/offline/offline-note.ts';

declare const __OFFLINE_VERSION__: string;
declare const __OFFLINE_FILES__: [url: string, revision: string][];
declare const __OFFLINE_TEXT__: { note: string; missing: string; cssFile: string };

// The parts of the service worker scope this file uses (the project's TypeScript has the DOM library, not WebWorker's).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
declare const self: {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const SCOPE = self.registration.scope;
const CACHE = cacheName(SCOPE, __OFFLINE_VERSION__);
const META = metaUrl(SCOPE);
const ASSETS = `${SCOPE}_assets/`;
/** After this long without an answer a page comes from the copy (a train, a township: the signal comes and goes). */
const NAVIGATION_TIMEOUT = 5000;
/** Files fetched at once while installing. */
const PARALLEL = 6;

const FILES = new Map(__OFFLINE_FILES__.map(([url, rev]) => [new URL(url, SCOPE).href, rev]));

/** A response the copy may keep: a complete, successful, same-origin answer that is not a redirect. */
const keepable = (response: Response) => response.status === 200 && response.type === 'basic' && !response.redirected;

async function previousCopies(): Promise<Cache[]> {
  const prefix = scopeCachePrefix(SCOPE);
  const names = (await caches.keys()).filter((name) => name.startsWith(prefix) && name !== CACHE);
  return Promise.all(names.map((name) => caches.open(name)));
}

async function fetchOne(cache: Cache, url: string, rev: string, previous: readonly Cache[]): Promise<void> {
  for (const old of previous) {
    const kept = await old.match(url);
    if (kept && kept.headers.get(REVISION_HEADER) === rev) return cache.put(url, kept);
  }
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!keepable(response)) throw new Error(`offline copy: ${url} answered ${response.status}${response.redirected ? ' (redirected)' : ''}; the copy is not saved`);
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, rev);
  await cache.put(url, new Response(await response.arrayBuffer(), { status: 200, statusText: response.statusText, headers }));
}

async function install(): Promise<void> {
  const previous = await previousCopies();
  const cache = await caches.open(CACHE);
  const queue = [...FILES];
  try {
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        try {
          for (let next = queue.shift(); next; next = queue.shift()) await fetchOne(cache, next[0], next[1], previous);
        } catch (error) {
          // One failure fails the install: the other lanes stop fetching (the reader's data is not spent on a copy that will not be kept).
          queue.length = 0;
          throw error;
        }
      }),
    );
  } catch (error) {
    // A half-filled copy must never be used: drop it, and the install fails with the error.
    await caches.delete(CACHE);
    throw error;
  }
  await cache.put(META, new Response(JSON.stringify({ version: __OFFLINE_VERSION__, savedAt: Date.now() }), { headers: { 'Content-Type': 'application/json' } }));
  await self.skipWaiting();
}

async function activate(): Promise<void> {
  const prefix = scopeCachePrefix(SCOPE);
  for (const name of await caches.keys()) if (name.startsWith(prefix) && name !== CACHE) await caches.delete(name);
  await self.clients.claim();
}

async function fromCopy(url: string): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  return cache.match(url);
}

/** A page from the copy, with the note saying so and when the copy was saved. */
async function offlinePage(page: Response, missing: boolean): Promise<Response> {
  const meta = (await fromCopy(META).then((r) => r?.json())) as { savedAt: number } | undefined;
  const text = missing ? __OFFLINE_TEXT__.missing : __OFFLINE_TEXT__.note.replace('{time}', meta ? savedTime(meta.savedAt) : '');
  const headers = new Headers(page.headers);
  // The body changes: its length does, and the stored body is already decoded.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(withOfflineNote(await page.text(), text, `${SCOPE}${__OFFLINE_TEXT__.cssFile}`), { status: page.status, statusText: page.statusText, headers });
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });

async function navigate(request: Request, url: string): Promise<Response> {
  try {
    // Revalidated with the host, so a page that its HTTP cache would call fresh for a while is still the current one.
    const response = await withTimeout(fetch(request, { cache: 'no-cache' }), NAVIGATION_TIMEOUT);
    // A server error (a proxy without its upstream, say) is no better than no network.
    if (response.status < 500) return response;
  } catch {
    // Offline, or too slow: the copy answers.
  }
  // Directory pages are kept as chapters/1/; an address typed without its slash finds them too.
  const page = (await fromCopy(url)) ?? (url.endsWith('/') ? undefined : await fromCopy(`${url}/`));
  // A download opened from a link (plan.docx, data/*.json) is returned as it is; only pages get the note.
  if (page) return page.headers.get('Content-Type')?.includes('text/html') ? offlinePage(page, false) : page;
  const notFound = await fromCopy(`${SCOPE}404.html`);
  if (notFound) return offlinePage(new Response(notFound.body, { status: 404, headers: notFound.headers }), true);
  return Response.error();
}

async function asset(request: Request, url: string): Promise<Response> {
  if (url.startsWith(ASSETS)) return (await fromCopy(url)) ?? fetch(request);
  try {
    const response = await fetch(request);
    if (response.status < 500) return response;
  } catch {
    // Offline: the copy answers below.
  }
  return (await fromCopy(url)) ?? Response.error();
}

self.addEventListener('install', (event) => event.waitUntil(install()));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const address = new URL(request.url);
  // The copy is keyed without the query: the search page's ?q=, a result's ?hl=, Pagefind's ?ts= are read by scripts, not by the host.
  const url = `${address.origin}${address.pathname}`;
  if (!url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') return event.respondWith(navigate(request, url));
  if (FILES.has(url)) event.respondWith(asset(request, url));
});
