import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFile } from '../../../src/integrations/precompress.ts';

const dir = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressFile', () => {
  it('writes .br and .gz copies that decompress to the original', () => {
    const file = join(dir, 'page.html');
    const text = '<p>四川省人力资源和社会保障事业发展“十四五”规划</p>\n'.repeat(50);
    writeFileSync(file, text);
    const result = precompressFile(file)!;
    expect(result.brotli).toBeGreaterThan(0);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(text);
  });

  it('leaves small files and already compressed formats alone', () => {
    writeFileSync(join(dir, 'tiny.css'), 'a{}');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096));
    expect(precompressFile(join(dir, 'tiny.css'))).toBeNull();
    expect(precompressFile(join(dir, 'photo.png'))).toBeNull();
    expect(existsSync(join(dir, 'photo.png.gz'))).toBe(false);
  });
});
