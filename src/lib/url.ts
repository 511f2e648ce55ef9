/** Site-relative paths resolved against the configured base (BASE_PATH), so pages work at / and under /plan/. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
