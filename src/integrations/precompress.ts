/**
 * Precompressed copies of text files (file.br, file.gz) next to the originals, so a static server
 * (nginx gzip_static/brotli_static, sirv, …) sends them without compressing per request.
 * Brotli at its best quality and gzip -9 take over a second for this site, nearly all of the publish step,
 * and give the same bytes for the same file: with a cache folder, each result is kept by content hash,
 * so a rebuild compresses only the files that changed (and the entries unused for CACHE_DAYS go).
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|map|webmanifest|md)$/u;
/** Below this size the response headers outweigh the savings. */
const MIN_BYTES = 256;

export const gzip = (data: Buffer): Buffer => gzipSync(data, { level: 9 });
export const brotli = (data: Buffer): Buffer =>
  brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });

export interface Compressed {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

/**
 * compress(data), from the cache folder when it holds the result for this content: gzip -9 and brotli
 * at its best quality give the same bytes for the same input, so each result is kept by the content's
 * hash, the format (`<sha256>.gz`, `<sha256>.br`) and the zlib and brotli versions of this Node (another
 * library version may compress differently); the settings are constants of this file.
 */
const LIBRARIES = `zlib ${process.versions.zlib} brotli ${process.versions.brotli}\n`;

function cached(ext: 'gz' | 'br', compress: (data: Buffer) => Buffer, data: Buffer, cacheDir: string | undefined): Buffer {
  if (!cacheDir) return compress(data);
  const entry = join(cacheDir, `${createHash('sha256').update(LIBRARIES).update(data).digest('hex')}.${ext}`);
  if (existsSync(entry)) {
    const now = new Date();
    utimesSync(entry, now, now);
    return readFileSync(entry);
  }
  const out = compress(data);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(entry, out);
  return out;
}

/** Cache entries not used for this many days are removed. */
export const CACHE_DAYS = 14;

/** Removes the cache entries no build has used for CACHE_DAYS. */
export function pruneCache(cacheDir: string, now = Date.now()): void {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) {
    const entry = join(cacheDir, name);
    if (now - statSync(entry).mtimeMs > CACHE_DAYS * 86_400_000) rmSync(entry, { force: true });
  }
}

/** Writes file.gz and file.br when the file is compressible, large enough and the copy is smaller. */
export function precompressFile(file: string, cacheDir?: string): Compressed | null {
  if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) return null;
  const data = readFileSync(file);
  const result: Compressed = { file, bytes: data.length, gzip: 0, brotli: 0 };
  for (const [ext, compress] of [
    ['gz', gzip],
    ['br', brotli],
  ] as const) {
    const out = cached(ext, compress, data, cacheDir);
    if (out.length >= data.length) continue;
    writeFileSync(`${file}.${ext}`, out);
    result[ext === 'gz' ? 'gzip' : 'brotli'] = out.length;
  }
  return result;
}
