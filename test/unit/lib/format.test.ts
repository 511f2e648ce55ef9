/** Dates and file sizes are written one way on every page, download and log line. */
import { describe, expect, it } from 'vitest';
import { chineseDate, formatBytes } from '../../../src/lib/format.ts';

describe('formatting', () => {
  it('writes a size in 1024-based units with one decimal, and under 1 KB in 字节', () => {
    expect(formatBytes(512)).toBe('512 字节');
    expect(formatBytes(45_123)).toBe('44.1 KB');
    expect(formatBytes(1_468_006)).toBe('1.4 MB');
  });

  it('writes a date as Chinese text does, without leading zeros', () => {
    expect(chineseDate('2021-09-03')).toBe('2021年9月3日');
  });
});
