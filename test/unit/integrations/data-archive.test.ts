import { describe, expect, it } from 'vitest';
import { ARCHIVE_FILES, dataArchive, zipArchive } from '../../../src/integrations/data-archive.ts';
import { openFiles } from '../../../src/lib/indicators/open-files.ts';
import { unzip } from '../../support/unzip.ts';

describe('zipArchive', () => {
  it('writes files that read back byte for byte, with UTF-8 names', () => {
    const files = unzip(
      zipArchive([
        ['a.csv', '\uFEFF标识\r\n1\r\n'],
        ['说明.txt', 'x'.repeat(1000)],
      ]),
    );
    expect([...files.keys()]).toEqual(['a.csv', '说明.txt']);
    expect(files.get('a.csv')!.toString('utf8')).toBe('\uFEFF标识\r\n1\r\n');
    expect(files.get('说明.txt')!.length).toBe(1000);
  });

  it('gives the same bytes for the same files (no clock in the archive)', () => {
    expect(Buffer.from(zipArchive([['a', 'b']])).equals(Buffer.from(zipArchive([['a', 'b']])))).toBe(true);
  });
});

describe('dataArchive', () => {
  it('holds every open-data file, the field descriptions and a README', () => {
    const files = unzip(dataArchive());
    expect([...files.keys()]).toEqual([...ARCHIVE_FILES]);
    expect(files.get('indicators.csv')!.toString('utf8')).toBe(openFiles['indicators.csv']());
    expect(files.get('fields.csv')!.toString('utf8')).toContain('indicators.csv,标识,id,string,');
    expect(files.get('README.txt')!.toString('utf8')).toContain('fields.csv');
  });
});
