/**
 * Work the pages' code would otherwise redo on every build, kept in .astro/cache/build/ under a key of
 * everything the build reads: every file under src/ and content/ (code, data, the plan, the official
 * text, the publisher's settings), astro.config.mjs, package.json and package-lock.json (every package's
 * version), Node's version, the site's address and base path, and SOURCE_DATE_EPOCH. Any edit makes a
 * new key, so an entry is only ever reused for a build of the same tree with the same settings; a key
 * this coarse needs no list of which module feeds which output to be kept up to date.
 *
 * Today it keeps the plan's downloads (src/pages/downloads/_files.ts): the .docx takes the docx package
 * and two ZIP passes, the largest single piece of a warm build's rendering. Only `astro build` uses it;
 * `astro dev` reloads sources, so there the work is always done.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pruneCache } from './precompress.ts';

/** What the key reads under the project root: folders (every file in them) and files. */
const KEY_SOURCES = ['src', 'content', 'astro.config.mjs', 'package.json', 'package-lock.json'] as const;

/** The settings besides the files that change what the build writes. */
export interface KeySettings {
  site: string | undefined;
  base: string;
  sourceDateEpoch: string | undefined;
  node: string;
}

/** The key of the tree under `root` with these settings: a SHA-256 of every source file's path and bytes and of the settings. */
export function buildKey(root: string, settings: KeySettings): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  const files: string[] = [];
  for (const source of KEY_SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) {
      for (const f of readdirSync(path, { recursive: true, encoding: 'utf8' })) if (statSync(join(path, f)).isFile()) files.push(join(path, f));
    } else files.push(path);
  }
  for (const file of files.map((f) => relative(root, f).split(sep).join('/')).sort()) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/** Where the pages' code finds its cache: the folder and this build's key; null when nothing may be kept. */
export type BuildCache = { dir: string; key: string } | null;

type Body = string | Uint8Array<ArrayBuffer>;
type Stored = Record<string, { text: string } | { base64: string }>;

/**
 * make(), or what it returned for the same key before: named bodies (text or bytes, each given back
 * as the kind it was). `name` tells apart the kinds of work kept under one key.
 */
export async function keptFiles<T extends Record<string, Body>>(cache: BuildCache, name: string, make: () => Promise<T>): Promise<T> {
  if (!cache) return make();
  const entry = join(cache.dir, `${cache.key}-${name}.json`);
  if (existsSync(entry)) {
    const now = new Date();
    utimesSync(entry, now, now);
    const stored = JSON.parse(readFileSync(entry, 'utf8')) as Stored;
    return Object.fromEntries(
      Object.entries(stored).map(([file, body]) => [file, 'text' in body ? body.text : new Uint8Array(Buffer.from(body.base64, 'base64'))]),
    ) as T;
  }
  const made = await make();
  const stored: Stored = Object.fromEntries(
    Object.entries(made).map(([file, body]) => [file, typeof body === 'string' ? { text: body } : { base64: Buffer.from(body).toString('base64') }]),
  );
  mkdirSync(cache.dir, { recursive: true });
  pruneCache(cache.dir);
  // Written aside and renamed: a build running at the same time reads a whole entry or none.
  const partial = `${entry}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(stored));
  renameSync(partial, entry);
  return made;
}

/** Hands the pages' code (as __PLAN_BUILD_CACHE__) the cache folder and this build's key, in `astro build` only. */
export default function buildCache(): AstroIntegration {
  return {
    name: 'plan:build-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const cache: BuildCache =
          command === 'build'
            ? {
                dir: join(fileURLToPath(config.cacheDir), 'build'),
                key: buildKey(root, { site: config.site, base: config.base, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH, node: process.version }),
              }
            : null;
        updateConfig({ vite: { define: { __PLAN_BUILD_CACHE__: JSON.stringify(cache) } } });
      },
    },
  };
}
