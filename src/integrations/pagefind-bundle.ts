/**
 * Finishing Pagefind's output for the plan (build time only). Pagefind stores, next to each indexed
 * record, the content it indexed; for the plan that content is the record's characters as tokens,
 * which the browser never shows. Each fragment's content is emptied and the part's pages and
 * passages (PagePayload[]) are put in its place, so a fragment carries exactly what the browser
 * needs to check and show results. Pagefind's JavaScript loader is minified (it ships readable).
 *
 * Pagefind's files are gzip of "pagefind_dcd" + data, read by its own loader whatever the server
 * does. They are all recompressed with Zopfli, which writes the same gzip format 5 % smaller than
 * zlib's best (the WebAssembly file, fetched by every first search: 51.6 KB instead of 54.1 KB); the
 * data inside is unchanged. The rewritten files keep their names (the names come from hashes of
 * the records, which include a digest of the payload, so a changed payload gets a new name).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import type { PagePayload } from '../lib/search/payload.ts';

const SIGNATURE = 'pagefind_dcd';

/** The data in a Pagefind file. */
export function readPagefindFile(file: Buffer): Buffer {
  const data = gunzipSync(file);
  if (data.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error('not a Pagefind file: signature missing');
  return data.subarray(SIGNATURE.length);
}

const signed = (data: Buffer) => Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), data]);

/** A Pagefind file holding data: gzip of the signature and the data (recompressBundle then shrinks it). */
export const packPagefindFile = (data: Buffer): Buffer => gzipSync(signed(data), { level: 9 });

/**
 * Recompresses every Pagefind file under dir with Zopfli (when smaller). Zopfli takes seconds for
 * this bundle, mostly the WebAssembly file, which is the same in every build, so results are kept in
 * cacheDir by content hash: the /plan/ build and later builds of the same text reuse them.
 */
export async function recompressBundle(dir: string, cacheDir?: string): Promise<{ before: number; after: number }> {
  let before = 0;
  let after = 0;
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(f));
  for (const name of files) {
    const file = join(dir, name);
    const original = readFileSync(file);
    const data = readPagefindFile(original);
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

interface Fragment {
  url: string;
  content: string;
  plan?: PagePayload[];
  [key: string]: unknown;
}

const isFragment = (value: unknown): value is Fragment => typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string';

/**
 * Rewrites every fragment file (single fragments and Pagefind's bundles of fragments): content
 * emptied, `plan` set to the payload of the fragment's url. Returns the number of fragments.
 */
export function rewriteFragments(fragmentDir: string, payloads: ReadonlyMap<string, PagePayload[]>): number {
  let count = 0;
  const fill = (fragment: Fragment, file: string) => {
    const payload = payloads.get(fragment.url);
    if (!payload) throw new Error(`Search index: fragment ${file} is for ${fragment.url}, which has no passages`);
    fragment.content = '';
    fragment.plan = payload;
    count += 1;
  };
  for (const name of readdirSync(fragmentDir)) {
    const file = join(fragmentDir, name);
    const json: unknown = JSON.parse(readPagefindFile(readFileSync(file)).toString('utf8'));
    if (isFragment(json)) fill(json, name);
    else for (const value of Object.values(json as Record<string, unknown>)) {
      if (!isFragment(value)) throw new Error(`Search index: ${name} is neither a fragment nor a bundle of fragments`);
      fill(value, name);
    }
    writeFileSync(file, packPagefindFile(Buffer.from(JSON.stringify(json), 'utf8')));
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
