/** The configured base (BASE_PATH) as a path prefix, always ending in "/": "/" or "/plan/" (Astro may give "/plan"). */
export const basePrefix = (base: string = import.meta.env.BASE_URL): string => (base.endsWith('/') ? base : `${base}/`);

/** Site-relative paths resolved against the configured base (BASE_PATH), so pages work at / and under /plan/. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return basePrefix(base) + path.replace(/^\/+/, '');
}
