/**
 * Last build step, for publishing on any static host: every page gets the site's Content-Security-Policy
 * in a <meta> element (hashes of whatever is inline, computed from the built HTML, so scripts added by
 * any component or integration are covered), `_headers` carries the same policy and the security and
 * caching headers for hosts that read it (Netlify, Cloudflare Pages), and every text file gets
 * precompressed .br and .gz copies. It must run after every step that writes HTML or assets (Pagefind),
 * so it refuses to be anything but the last integration.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPolicy, HEADER_ONLY_DIRECTIVES, inlineSources, mergeSources, SECURITY_HEADERS, withPolicyMeta } from './csp.ts';
import { precompressFile } from './precompress.ts';

const NAME = 'plan:publish';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** The `_headers` file: the full policy (with header-only directives) and long caching for hashed assets. */
export function headersFile(base: string, policy: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const security = Object.entries({ 'Content-Security-Policy': `${policy}; ${HEADER_ONLY_DIRECTIVES}`, ...SECURITY_HEADERS });
  return [
    `${prefix}*`,
    ...security.map(([k, v]) => `  ${k}: ${v}`),
    '',
    `${prefix}_assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

export default function publish(): AstroIntegration {
  let base = '/';
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((i) => i.name);
        if (names.at(-1) !== NAME) {
          throw new Error(`${NAME} must be the last integration in astro.config.mjs (it hashes and compresses what the others wrote); order is: ${names.join(', ')}`);
        }
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root);
        const pages = files.filter((f) => f.endsWith('.html'));
        const perPage = pages.map((f) => inlineSources(readFileSync(f, 'utf8')));
        const sources = mergeSources(perPage);
        if (sources.eventHandlers.length) {
          const where = pages.filter((_, i) => perPage[i]!.eventHandlers.length).map((f) => relative(root, f));
          throw new Error(`Inline event handlers cannot pass the Content-Security-Policy; use a script instead: ${sources.eventHandlers.join(', ')} in ${where.join(', ')}`);
        }
        const wasm = files.some((f) => /wasm/u.test(f.slice(root.length)));
        const policy = buildPolicy(sources, { wasm });
        for (const page of pages) writeFileSync(page, withPolicyMeta(readFileSync(page, 'utf8'), policy));
        writeFileSync(join(root, '_headers'), headersFile(base, policy));
        logger.info(`CSP: ${sources.scripts.length} inline script hash(es), ${sources.styles.length + sources.styleAttributes.length} inline style hash(es), ${pages.length} pages`);

        let before = 0;
        let after = 0;
        for (const file of listFiles(root)) {
          const done = precompressFile(file);
          if (done) {
            before += done.bytes;
            after += done.brotli || done.bytes;
          }
        }
        logger.info(`precompressed: ${(before / 1024).toFixed(0)} KB of text to ${(after / 1024).toFixed(0)} KB brotli (${relative(process.cwd(), root).split(sep).join('/') || '.'})`);
      },
    },
  };
}
