/**
 * Where the site is published, from the SITE_URL and BASE_PATH environment variables, checked before
 * Astro sees them: every mistake is reported naming the variable, instead of a knock-on error later.
 * SITE_URL is the origin (https://rsj.example.gov.cn); a path in it is taken as the base path.
 */

export interface SiteAddress {
  /** The origin, or undefined when SITE_URL is not set (then the build writes no absolute address). */
  site: string | undefined;
  /** The base path, always with a leading and a trailing slash: '/' or '/plan/'. */
  base: string;
}

export interface SiteEnv {
  SITE_URL?: string | undefined;
  BASE_PATH?: string | undefined;
}

/** Characters a path segment may have without percent-encoding trouble on any host. */
const SEGMENT = /^[A-Za-z0-9._~-]+$/u;
const EXAMPLE = 'SITE_URL=https://rsj.example.gov.cn BASE_PATH=/plan/';

/** A base path as /a/b/, or an error naming `variable`. */
export function normaliseBasePath(value: string, variable: string): string {
  if (!value.startsWith('/')) throw new Error(`${variable}=${value} must start with "/" (e.g. ${EXAMPLE})`);
  if (value === '/') return '/';
  const segments = value.slice(1).replace(/\/$/u, '').split('/');
  for (const segment of segments) {
    if (segment === '') throw new Error(`${variable}=${value} has an empty segment ("//"); write it as /${segments.filter(Boolean).join('/')}/`);
    if (segment === '.' || segment === '..' || !SEGMENT.test(segment)) {
      throw new Error(`${variable}=${value}: the segment "${segment}" is not allowed (use letters, digits and . _ ~ -, e.g. ${EXAMPLE})`);
    }
  }
  return `/${segments.join('/')}/`;
}

export function siteAddress(env: SiteEnv): SiteAddress {
  const basePath = env.BASE_PATH ? normaliseBasePath(env.BASE_PATH, 'BASE_PATH') : undefined;
  if (!env.SITE_URL) return { site: undefined, base: basePath ?? '/' };
  let url: URL;
  try {
    url = new URL(env.SITE_URL);
  } catch {
    throw new Error(`SITE_URL=${env.SITE_URL} is not an absolute URL (e.g. ${EXAMPLE})`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL=${env.SITE_URL} must start with https:// or http://`);
  if (url.username || url.password) throw new Error(`SITE_URL=${env.SITE_URL} must not contain a user name or password`);
  if (url.search || url.hash || env.SITE_URL.includes('?') || env.SITE_URL.includes('#'))
    throw new Error(`SITE_URL=${env.SITE_URL} must not have a query or fragment`);
  const sitePath = normaliseBasePath(url.pathname, 'SITE_URL path');
  if (sitePath !== '/' && basePath !== undefined && basePath !== sitePath) {
    throw new Error(`SITE_URL=${env.SITE_URL} has the path ${sitePath} but BASE_PATH=${env.BASE_PATH}: give the path once (e.g. ${EXAMPLE})`);
  }
  return { site: url.origin, base: sitePath !== '/' ? sitePath : (basePath ?? '/') };
}
