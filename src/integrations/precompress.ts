/**
 * Precompressed copies of text files (file.br, file.gz) next to the originals, so a static server
 * (nginx gzip_static/brotli_static, sirv, Netlify, …) sends them without compressing per request.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, statSync, writeFileSync } from 'node:fs';

/** Text formats worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|txt|csv|map|webmanifest)$/u;
/** Below this size the response headers outweigh the savings. */
export const MIN_BYTES = 256;

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

/** Writes file.gz and file.br when the file is compressible, large enough and the copy is smaller. */
export function precompressFile(file: string): Compressed | null {
  if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) return null;
  const data = readFileSync(file);
  const result: Compressed = { file, bytes: data.length, gzip: 0, brotli: 0 };
  for (const [ext, compress] of [['gz', gzip], ['br', brotli]] as const) {
    const out = compress(data);
    if (out.length >= data.length) continue;
    writeFileSync(`${file}.${ext}`, out);
    result[ext === 'gz' ? 'gzip' : 'brotli'] = out.length;
  }
  return result;
}
