/**
 * The site's service worker (bundled by src/integrations/offline.ts into sw.js at the site base, with
 * the build's file list and version put in). After the first visit it keeps a complete copy of the
 * site in the Cache API, one cache per build, so every page reads and searches without a network. The
 * decisions are pure functions in src/lib/offline/copies.ts; this file wires them to the browser.
 *
 * - install: fetches every file of the list (pages, CSS, JS, Pagefind's files, data, downloads) into
 *   this build's cache, taking a file from another copy when its revision is unchanged. Any answer
 *   that is not a plain 200 from this origin fails the install: an error is never saved. Files saved
 *   before a failure (a lost signal) stay, and the next visit resumes from there. The copy's record is
 *   written last: a copy without it is incomplete and never read.
 * - activate: takes over open pages; each page of an older build is told, in one line, that a newer
 *   version is ready (register.ts shows the note written here); deletes the copies no open page needs.
 * - fetch, GET and HEAD of this origin inside the scope. Pages: the network first (a page read online
 *   is the current one), and when it fails or takes longer than NAVIGATION_TIMEOUT, the newest complete
 *   copy, marked with a note saying so. Each page is bound to the build it came from (copies.ts), and
 *   everything it loads comes from that build's copy, so an old tab keeps working after its build's
 *   files are gone from the server. No request ever goes to another origin.
 */
import { cacheName, clientsCacheName, clientsUrl, copyVersion, metaUrl, REVISION_HEADER } from '../../lib/offline/cache-names.ts';
import { copiesToDelete, isContentAddressed, liveBindings, newestComplete, onNewCopy, pageDigest, type Binding, type Copy } from '../../lib/offline/copies.ts';
import { newerNote, savedTime, withOfflineNote } from '../../lib/offline/offline-note.ts';

declare const __OFFLINE_VERSION__: string;
declare const __OFFLINE_FILES__: [url: string, revision: string][];
declare const __OFFLINE_TEXT__: { note: string; missing: string; newer: string; cssFile: string };

// The parts of the service worker scope this file uses (the project's TypeScript has the DOM library, not WebWorker's).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  /** The page that made the request ('' for a navigation). */
  readonly clientId: string;
  /** The page a navigation will become ('' in browsers without it: that page is then not bound). */
  readonly resultingClientId: string;
  respondWith(response: Response | Promise<Response>): void;
}
interface Client {
  readonly id: string;
  postMessage(message: unknown): void;
}
declare const self: {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<Client[]> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

const SCOPE = self.registration.scope;
const VERSION = __OFFLINE_VERSION__;
const CACHE = cacheName(SCOPE, VERSION);
const META = metaUrl(SCOPE);
/** After this long without an answer a page comes from the copy (a train, a township: the signal comes and goes). */
const NAVIGATION_TIMEOUT = 5000;
/** Files fetched at once while installing. */
const PARALLEL = 6;

const FILES = new Map(__OFFLINE_FILES__.map(([url, rev]) => [new URL(url, SCOPE).href, rev]));

/** A response the copy may keep: a complete, successful, same-origin answer that is not a redirect. */
const keepable = (response: Response) => response.status === 200 && response.type === 'basic' && !response.redirected;
const isHtml = (response: Response) => response.headers.get('Content-Type')?.includes('text/html') ?? false;
/** A file of one copy, without opening (and so creating) a cache that is not there. */
const inCopy = (version: string, url: string) => caches.match(url, { cacheName: cacheName(SCOPE, version) });

/** This scope's copies, each with the time it was completed (null while incomplete). */
async function copies(): Promise<Copy[]> {
  const found: Copy[] = [];
  for (const name of await caches.keys()) {
    const version = copyVersion(SCOPE, name);
    if (!version) continue;
    const meta = (await caches.match(META, { cacheName: name }).then((r) => r?.json())) as { savedAt?: unknown } | undefined;
    found.push({ version, savedAt: typeof meta?.savedAt === 'number' ? meta.savedAt : null });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Which build each open page belongs to, kept in a cache of its own so that the next worker knows it.

let bindings: Promise<Map<string, Binding>> | undefined;
const isBinding = (b: unknown): b is Binding =>
  typeof b === 'object' &&
  b !== null &&
  typeof (b as Binding).url === 'string' &&
  typeof (b as Binding).digest === 'string' &&
  (typeof (b as Binding).copy === 'string' || (b as Binding).copy === null);

/** The bindings, read once (again with `fresh`, as a new worker must: the previous one wrote them). */
function loadBindings(fresh = false): Promise<Map<string, Binding>> {
  if (fresh || !bindings) {
    bindings = caches
      .match(clientsUrl(SCOPE), { cacheName: clientsCacheName(SCOPE) })
      .then((r) => (r ? (r.json() as Promise<Record<string, unknown>>) : {}))
      .then((record) => new Map(Object.entries(record).filter((entry): entry is [string, Binding] => isBinding(entry[1]))))
      .catch(() => new Map<string, Binding>());
  }
  return bindings;
}

let saving: Promise<void> = Promise.resolve();
/** Writes the bindings of the pages still open (one write at a time, the last one wins). */
function saveBindings(current: Map<string, Binding>, opening?: string): Promise<void> {
  saving = saving.then(async () => {
    const open = new Set((await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => c.id));
    if (opening) open.add(opening); // a navigation's page is not a client yet
    for (const id of current.keys()) if (!open.has(id)) current.delete(id);
    const cache = await caches.open(clientsCacheName(SCOPE));
    await cache.put(clientsUrl(SCOPE), new Response(JSON.stringify(Object.fromEntries(current)), { headers: { 'Content-Type': 'application/json' } }));
  });
  return (saving = saving.catch(() => undefined));
}

/** Binds the page a navigation becomes; saving and tidying up continue after the answer. */
async function bind(event: FetchEvent, binding: Binding): Promise<void> {
  const id = event.resultingClientId;
  if (!id) return;
  const current = await loadBindings();
  current.set(id, binding);
  event.waitUntil(saveBindings(current, id).then(() => prune(current, false)));
}

/** Deletes the copies no one needs (copies.ts copiesToDelete). */
async function prune(current: Map<string, Binding>, activating: boolean): Promise<void> {
  const bound = new Set([...current.values()].flatMap((b) => (b.copy ? [b.copy] : [])));
  for (const version of copiesToDelete(await copies(), VERSION, bound, activating)) await caches.delete(cacheName(SCOPE, version));
}

const digestIn = async (version: string, url: string): Promise<string | undefined> => {
  const page = await inCopy(version, url);
  return page ? pageDigest(await page.arrayBuffer()) : undefined;
};

// ---------------------------------------------------------------------------------------------
// install and activate

async function fetchOne(cache: Cache, url: string, rev: string, others: readonly string[]): Promise<void> {
  // Saved by an earlier install of this build that a lost signal cut off.
  if ((await cache.match(url))?.headers.get(REVISION_HEADER) === rev) return;
  for (const version of others) {
    const kept = await inCopy(version, url);
    if (kept && kept.headers.get(REVISION_HEADER) === rev) return cache.put(url, kept);
  }
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!keepable(response))
    throw new Error(`offline copy: ${url} answered ${response.status}${response.redirected ? ' (redirected)' : ''}; the copy is not complete`);
  const headers = new Headers(response.headers);
  headers.set(REVISION_HEADER, rev);
  await cache.put(url, new Response(await response.arrayBuffer(), { status: 200, statusText: response.statusText, headers }));
}

async function install(): Promise<void> {
  // Active as soon as the copy is complete: pages of the old build keep their own copy (bindings).
  void self.skipWaiting();
  const others = (await copies()).map((c) => c.version).filter((v) => v !== VERSION);
  const cache = await caches.open(CACHE);
  const queue = [...FILES];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      try {
        for (let next = queue.shift(); next; next = queue.shift()) await fetchOne(cache, next[0], next[1], others);
      } catch (error) {
        // One failure fails the install: the other lanes stop fetching. What is saved stays, for the next attempt.
        queue.length = 0;
        throw error;
      }
    }),
  );
  // A newer worker's activation deletes incomplete copies: a record put into a deleted cache would be lost.
  if (!(await caches.has(CACHE))) throw new Error('offline copy: the cache was deleted while it was being saved');
  await cache.put(META, new Response(JSON.stringify({ version: VERSION, savedAt: Date.now() }), { headers: { 'Content-Type': 'application/json' } }));
}

async function activate(): Promise<void> {
  await self.clients.claim();
  const current = await loadBindings(true);
  const open = new Map((await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).map((c) => [c.id, c]));
  const live = liveBindings(current, new Set(open.keys()));
  const digests = new Map<string, string | undefined>();
  for (const { url } of live.values()) if (!digests.has(url)) digests.set(url, await digestIn(VERSION, url));
  const { rebind, notify } = onNewCopy(live, VERSION, (url) => digests.get(url));
  for (const id of rebind) current.set(id, { ...current.get(id)!, copy: VERSION });
  await saveBindings(current);
  // The only message a page gets from the worker: the note's HTML (register.ts puts it in).
  const message = newerNote(__OFFLINE_TEXT__.newer, `${SCOPE}${__OFFLINE_TEXT__.cssFile}`);
  for (const id of notify) open.get(id)?.postMessage(message);
  await prune(current, true);
}

// ---------------------------------------------------------------------------------------------
// fetch

/** A page from a copy, with the note saying so and when the copy was saved. */
function offlinePage(bytes: ArrayBuffer, page: Response, status: number, text: string): Response {
  const headers = new Headers(page.headers);
  // The body changes: its length does, and the stored body is already decoded.
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(withOfflineNote(new TextDecoder().decode(bytes), text, `${SCOPE}${__OFFLINE_TEXT__.cssFile}`), {
    status,
    statusText: status === 404 ? 'Not Found' : page.statusText,
    headers,
  });
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });

/** Binds a page read online: to the newest complete copy when that holds the same bytes, else to none. */
async function bindNetworkPage(event: FetchEvent, url: string, page: Response): Promise<void> {
  if (!event.resultingClientId) return;
  const digest = await pageDigest(await page.arrayBuffer());
  const newest = newestComplete(await copies());
  const copy = newest && (await digestIn(newest.version, url)) === digest ? newest.version : null;
  await bind(event, { url, digest, copy });
}

async function navigate(event: FetchEvent, url: string): Promise<Response> {
  try {
    // Revalidated with the host, so a page that its HTTP cache would call fresh for a while is still the current one.
    const response = await withTimeout(fetch(event.request, { cache: 'no-cache' }), NAVIGATION_TIMEOUT);
    // A server error (a proxy without its upstream, say) is no better than no network.
    if (response.status < 500) {
      if (response.ok && isHtml(response)) event.waitUntil(bindNetworkPage(event, url, response.clone()));
      return response;
    }
  } catch {
    // Offline, or too slow: the copy answers.
  }
  const newest = newestComplete(await copies());
  if (!newest) return Response.error();
  // Directory pages are kept as chapters/1/; an address typed without its slash finds them too.
  for (const key of url.endsWith('/') ? [url] : [url, `${url}/`]) {
    const page = await inCopy(newest.version, key);
    if (!page) continue;
    // A download opened from a link (plan.docx, data/*.json) is returned as it is; only pages get the note.
    if (!isHtml(page)) return page;
    const bytes = await page.arrayBuffer();
    await bind(event, { url: key, digest: await pageDigest(bytes), copy: newest.version });
    return offlinePage(bytes, page, page.status, __OFFLINE_TEXT__.note.replace('{time}', savedTime(newest.savedAt!)));
  }
  const notFound = await inCopy(newest.version, `${SCOPE}404.html`);
  if (!notFound) return Response.error();
  const bytes = await notFound.arrayBuffer();
  await bind(event, { url: `${SCOPE}404.html`, digest: await pageDigest(bytes), copy: newest.version });
  return offlinePage(bytes, notFound, 404, __OFFLINE_TEXT__.missing);
}

/** The copy's answer to GET or HEAD (a HEAD answer has the headers and no body: Pagefind's loader probes with HEAD). */
const answer = (request: Request, kept: Response): Response =>
  request.method === 'HEAD' ? new Response(null, { status: kept.status, statusText: kept.statusText, headers: kept.headers }) : kept;

async function subresource(event: FetchEvent, url: string): Promise<Response> {
  const { request } = event;
  const binding = event.clientId ? (await loadBindings()).get(event.clientId) : undefined;
  if (binding?.copy) {
    // The page's own build, online or not: what it loads always matches it.
    const kept = await inCopy(binding.copy, url);
    if (kept) return answer(request, kept);
  } else if (isContentAddressed(url, SCOPE)) {
    // A hashed name holds the same bytes in every copy that has it.
    for (const { version } of await copies()) {
      const kept = await inCopy(version, url);
      if (kept) return answer(request, kept);
    }
  }
  try {
    const response = await fetch(request);
    if (response.status < 500 || binding) return response;
  } catch (error) {
    if (binding) throw error;
  }
  // A page the worker knows nothing of (opened before it started): the newest copy is the best guess.
  const newest = newestComplete(await copies());
  const kept = newest && (await inCopy(newest.version, url));
  return kept ? answer(request, kept) : Response.error();
}

self.addEventListener('install', (event) => event.waitUntil(install()));
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const address = new URL(request.url);
  // The copy is keyed without the query: the search page's ?q=, a result's ?hl=, Pagefind's ?ts= are read by scripts, not by the host.
  const url = `${address.origin}${address.pathname}`;
  if (!url.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') return event.respondWith(navigate(event, url));
  event.respondWith(subresource(event, url).catch(() => Response.error()));
});
