/**
 * Names of the offline copy's caches. The Cache API is shared by the whole origin, so a site at / and
 * another at /plan/ on the same host each name theirs by their scope, and a worker only ever deletes
 * its own scope's older copies.
 */
const PREFIX = 'sc-plan-offline';

/** Every cache of the copy for a scope (the site base as an absolute URL) starts with this. */
export const scopeCachePrefix = (scope: string): string => `${PREFIX} ${scope} `;

/** The cache of one build of the copy. */
export const cacheName = (scope: string, version: string): string => `${scopeCachePrefix(scope)}${version}`;

/** Where in its cache the copy keeps its own record (when it was saved, which build): a URL no file has. */
export const metaUrl = (scope: string): string => `${scope}__offline-copy.json`;

/** The response header that carries a cached file's revision, so the next build can keep it if unchanged. */
export const REVISION_HEADER = 'x-offline-revision';
