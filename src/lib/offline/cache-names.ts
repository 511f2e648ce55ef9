/**
 * Names of the offline copy's caches. The Cache API is shared by the whole origin, so a site at / and
 * another at /plan/ on the same host each name theirs by their scope, and a worker only ever deletes
 * its own scope's caches.
 */
const PREFIX = 'sc-plan-offline';

/** Every cache of the copy for a scope (the site base as an absolute URL) starts with this. */
export const scopeCachePrefix = (scope: string): string => `${PREFIX} ${scope} `;

/** The cache of one build of the copy. */
export const cacheName = (scope: string, version: string): string => `${scopeCachePrefix(scope)}${version}`;

/** A build's version (precache.ts buildVersion): 16 hex digits. */
const VERSION = /^[0-9a-f]{16}$/u;

/** The build a cache of this scope holds the copy of, or undefined for any other cache. */
export const copyVersion = (scope: string, name: string): string | undefined => {
  const prefix = scopeCachePrefix(scope);
  const version = name.startsWith(prefix) ? name.slice(prefix.length) : '';
  return VERSION.test(version) ? version : undefined;
};

/** The cache that remembers which copy each open page came from (state.ts), one per scope. */
export const clientsCacheName = (scope: string): string => `${scopeCachePrefix(scope)}clients`;

/** Where in its cache the copy keeps its own record (when it was saved, which build): a URL no file has. Written last: a copy without it is incomplete. */
export const metaUrl = (scope: string): string => `${scope}__offline-copy.json`;

/** Where the clients cache keeps its one record. */
export const clientsUrl = (scope: string): string => `${scope}__offline-clients.json`;

/** The response header that carries a cached file's revision, so the next build can keep it if unchanged. */
export const REVISION_HEADER = 'x-offline-revision';
