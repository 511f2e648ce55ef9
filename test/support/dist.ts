/** Reading a built site: its HTML files, parsed once per test file. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export function assertBuilt(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no built site. Run "npm test" (it builds first) or "npm run build:all".`);
  }
}

/** Every file below dir, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const cache = new Map<string, CheerioAPI>();
export function loadHtml(file: string): CheerioAPI {
  let $ = cache.get(file);
  if (!$) {
    $ = load(readFileSync(file, 'utf8'));
    cache.set(file, $);
  }
  return $;
}

/** The file a site path (without base, no query/hash) is served from, or null. */
export function fileForPath(dir: string, path: string): string | null {
  const clean = decodeURIComponent(path).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  for (const c of candidates) {
    const full = join(dir, c);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return null;
}
