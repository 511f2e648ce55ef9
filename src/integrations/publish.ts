/**
 * Last build step, for publishing on any static host: every page gets its own Content-Security-Policy
 * in a <meta> element (the hashes of its own allowed inline scripts and styles, 'wasm-unsafe-eval' only
 * when a script it loads runs Pagefind), `_headers` carries each page's policy and the security and
 * caching headers for hosts that read it (Netlify, Cloudflare Pages), and every text file gets
 * precompressed .br and .gz copies. An inline script outside the allowlist (src/integrations/csp.ts) or an
 * inline event handler fails the build, naming the page. It must run after every step that writes HTML
 * or assets (Pagefind), so it refuses to be anything but the last integration.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildPolicy,
  cspProblems,
  HEADER_ONLY_DIRECTIVES,
  INLINE_SCRIPTS,
  inlineSources,
  scriptSources,
  SECURITY_HEADERS,
  withPolicyMeta,
  type InlineSources,
} from './csp.ts';
import { precompressFile, pruneCache } from './precompress.ts';
import { timed } from './build-timing.ts';
import { LOADER_PATH } from '../lib/search/pagefind-adapter.ts';
import { loadPublisher, PUBLISHER_FILE, publisherValues } from '../lib/publisher.ts';
import { basePrefix, withBase } from '../lib/url.ts';

const NAME = 'plan:publish';
/** Pagefind's loader, as the site's search client names it (src/lib/search/pagefind-adapter.ts). */
const PAGEFIND_LOADER = LOADER_PATH;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** A page file relative to the build ('chapters/1/index.html') as the URL path it is served at. */
export const pageUrlPath = (base: string, file: string): string => withBase(file.replace(/(^|\/)index\.html$/u, '$1'), base);

export interface PagePolicy {
  /** URL path of the page, base included: /plan/chapters/1/ */
  path: string;
  policy: string;
}

/**
 * The `_headers` file. No header is set by two rules that match the same path, so it means the same
 * on Netlify and Cloudflare Pages (which differ in how they merge repeated headers): security headers
 * for everything, long caching for hashed assets, and each page's own policy on that page's path only.
 * Other files (scripts, images, data) need no policy; an unknown path answers 404.html, whose <meta>
 * policy applies.
 */
export function headersFile(base: string, pages: readonly PagePolicy[]): string {
  const prefix = basePrefix(base);
  return [
    `${prefix}*`,
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    '',
    `${prefix}_assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    ...pages.flatMap(({ path, policy }) => [path, `  Content-Security-Policy: ${policy}; ${HEADER_ONLY_DIRECTIVES}`, '']),
  ].join('\n');
}

/** Does a page load, directly or through the modules they import, a script that starts Pagefind? */
export function createSearchDetector(root: string, base: string): (html: string) => boolean {
  const prefix = basePrefix(base);
  const memo = new Map<string, boolean>();
  const visit = (file: string, seen: Set<string>): boolean => {
    const known = memo.get(file);
    if (known !== undefined) return known;
    if (seen.has(file) || !existsSync(file)) return false;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const imports = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`$]+?\.js)["'`]/gu)].map((m) => join(dirname(file), m[1]!));
    const result = code.includes(PAGEFIND_LOADER) || imports.some((f) => visit(f, seen));
    memo.set(file, result);
    return result;
  };
  return (html) =>
    scriptSources(html)
      .filter((src) => src.startsWith(prefix))
      .some((src) => visit(join(root, src.slice(prefix.length)), new Set()));
}

export default function publish(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  let cacheDir: string | undefined;
  let projectRoot = process.cwd();
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((i) => i.name);
        if (names.at(-1) !== NAME) {
          throw new Error(
            `${NAME} must be the last integration in astro.config.mjs (it hashes and compresses what the others wrote); order is: ${names.join(', ')}`,
          );
        }
        base = config.base;
        if (config.root) projectRoot = fileURLToPath(config.root);
        site = config.site ? new URL(config.site) : undefined;
        cacheDir = join(fileURLToPath(config.cacheDir), 'precompress');
      },
      'astro:build:done': ({ dir, logger }) =>
        timed('publish', () => {
          const root = fileURLToPath(dir);
          const files = listFiles(root);
          const pages = files.filter((f) => f.endsWith('.html'));
          const runsSearch = createSearchDetector(root, base);
          const found: { name: string; found: InlineSources }[] = [];
          const policies: PagePolicy[] = [];
          let hashes = 0;
          for (const page of pages) {
            const name = relative(root, page).split(sep).join('/');
            const html = readFileSync(page, 'utf8');
            const inline = inlineSources(html);
            found.push({ name, found: inline });
            const policy = buildPolicy(inline, { wasm: runsSearch(html) });
            hashes += inline.scripts.length + inline.styles.length + inline.styleAttributes.length;
            policies.push({ path: pageUrlPath(base, name), policy });
            writeFileSync(page, withPolicyMeta(html, policy));
          }
          // A settings value that became inline code is named by its field: the settings are where to fix it.
          const settings = publisherValues(loadPublisher(projectRoot)).map(({ field, value }) => ({ where: `${PUBLISHER_FILE}, field "${field}"`, value }));
          const problems = cspProblems(found, settings);
          if (problems.length) {
            const allowed = INLINE_SCRIPTS.map((s) => `  - ${s.name}: ${s.source}`).join('\n');
            const error = new Error(
              `Content-Security-Policy: the built pages have inline code that no policy will allow (nothing was hashed):\n${problems.map((p) => `  ${p}`).join('\n')}\nInline scripts allowed (src/integrations/csp.ts INLINE_SCRIPTS):\n${allowed}\nMove code into a <script> module (bundled as a file) or add it to the allowlist with a reason.`,
            );
            // The stack would only point here; the message names every place to fix.
            error.stack = `Error: ${error.message}`;
            throw error;
          }
          writeFileSync(join(root, '_headers'), headersFile(base, policies));
          const withWasm = policies.filter((p) => p.policy.includes("'wasm-unsafe-eval'")).map((p) => p.path);
          logger.info(`CSP: ${pages.length} pages, ${hashes} inline hash(es) in all; 'wasm-unsafe-eval' on ${withWasm.join(', ') || 'no page'}`);

          let before = 0;
          let after = 0;
          for (const file of listFiles(root)) {
            const done = precompressFile(file, cacheDir);
            if (done) {
              before += done.bytes;
              after += done.brotli || done.bytes;
            }
          }
          if (cacheDir) pruneCache(cacheDir);
          logger.info(
            `precompressed: ${(before / 1024).toFixed(0)} KB of text to ${(after / 1024).toFixed(0)} KB brotli (${relative(process.cwd(), root).split(sep).join('/') || '.'})`,
          );
          if (!site) {
            logger.warn(
              [
                '',
                '==================================================================================',
                ' SITE_URL is not set: this build does not know its own address.',
                ' It has no canonical links, no sitemap.xml, and robots.txt names no sitemap.',
                ' For publishing, build with it, e.g. SITE_URL=https://rsj.example.gov.cn npm run build',
                '==================================================================================',
              ].join('\n'),
            );
          }
        }),
    },
  };
}
