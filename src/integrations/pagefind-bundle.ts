/**
 * Finishing Pagefind's output for the plan (build time only): the file work around what
 * src/lib/search/pagefind-adapter.ts knows of Pagefind's formats. Each fragment's indexed content
 * (the part's characters as tokens, which the browser never shows) is replaced by the part's pages
 * and passages (PagePayload[]), so a fragment carries exactly what the browser needs to check and
 * show results. Pagefind's JavaScript loader is minified (it ships readable).
 *
 * Every Pagefind file is recompressed with Zopfli, which writes the same gzip format 5 % smaller than
 * zlib's best (the WebAssembly file, fetched by every first search: 51.6 KB instead of 54.1 KB); the
 * data inside is unchanged. The rewritten files keep their names (the names come from hashes of
 * the records, which include a digest of the payload, so a changed payload gets a new name).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import type { PagePayload } from '../lib/search/payload.ts';
import { carryPassages, fragmentsIn, isPagefindDataFile, packPagefindFile, readPagefindFile, signed } from '../lib/search/pagefind-adapter.ts';

/**
 * Recompresses every Pagefind file under dir with Zopfli (when smaller). Zopfli takes seconds for
 * this bundle, mostly the WebAssembly file, which is the same in every build, so results are kept in
 * cacheDir by content hash: the /plan/ build and later builds of the same text reuse them.
 */
export async function recompressBundle(dir: string, cacheDir?: string): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(isPagefindDataFile);
  for (const name of files) {
    const file = join(dir, name);
    const original = readFileSync(file);
    const data = await readPagefindFile(original);
    const cached = cacheDir && join(cacheDir, `${createHash('sha256').update(data).digest('hex')}.gz`);
    let packed: Buffer;
    if (cached && existsSync(cached)) packed = readFileSync(cached);
    else {
      packed = Buffer.from(await gzipAsync(signed(data), { numiterations: 15 }));
      if (cached) {
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(cached, packed);
      }
    }
    before += original.length;
    if (packed.length < original.length) writeFileSync(file, packed);
    after += Math.min(packed.length, original.length);
  }
  return { before, after };
}

/**
 * Rewrites every fragment file (single fragments and Pagefind's groups of fragments): content
 * emptied, the passages of the fragment's url put in. Returns the number of fragments.
 */
export async function rewriteFragments(fragmentDir: string, payloads: ReadonlyMap<string, PagePayload[]>): Promise<number> {
  let count = 0;
  for (const name of readdirSync(fragmentDir)) {
    const file = join(fragmentDir, name);
    const json: unknown = JSON.parse(new TextDecoder().decode(await readPagefindFile(readFileSync(file))));
    for (const fragment of fragmentsIn(json, name)) {
      const payload = payloads.get(fragment.url);
      if (!payload) throw new Error(`Search index: fragment ${name} is for ${fragment.url}, which has no passages`);
      carryPassages(fragment, payload);
      count += 1;
    }
    writeFileSync(file, await packPagefindFile(new TextEncoder().encode(JSON.stringify(json))));
  }
  return count;
}

/**
 * Minifies Pagefind's loader in place (same module, same behaviour). The loader is the same file in
 * every build of one Pagefind version, so with cacheDir the result is kept by content hash and esbuild
 * (whose service start costs more than the minifying) runs only when Pagefind changes.
 */
export async function minifyLoader(file: string, cacheDir?: string): Promise<void> {
  const source = readFileSync(file, 'utf8');
  const cached = cacheDir && join(cacheDir, `${createHash('sha256').update(source).digest('hex')}.min.js`);
  if (cached && existsSync(cached)) {
    writeFileSync(file, readFileSync(cached));
    return;
  }
  const { code } = await transform(source, { minify: true, format: 'esm', target: 'es2022' });
  writeFileSync(file, code);
  if (cached) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cached, code);
  }
}
