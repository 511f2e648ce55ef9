/**
 * /data/plan-data.zip: every open-data file in one download, with the field descriptions (fields.csv)
 * and a README, for readers who open CSV in Excel or WPS. A plain ZIP written here (deflate from
 * node:zlib, UTF-8 names, a fixed date so the same data gives the same bytes): no dependency for
 * about sixty lines. Node-only, used by the page route at build time.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { BOM } from '../lib/open-data.ts';
import { openFiles } from '../lib/indicators/open-files.ts';
import { t } from '../i18n/ui.ts';

export const DATA_ARCHIVE = 'plan-data.zip';

/** The files of the archive, in order. */
export const ARCHIVE_FILES = ['README.txt', 'fields.csv', 'indicators.csv', 'indicator-series.csv', 'targets.csv', 'all.json'] as const;

const README = `${BOM}${t('site.fullName')}：开放数据\r
\r
indicators.csv        专栏1、专栏2的全部主要指标，每项一行\r
indicator-series.csv  每项指标的数据序列：2015年基数、“十三五”规划目标、2020年数值、“十四五”规划目标，每个数据点一行\r
targets.csv           规划正文中的量化目标（规划目标清单），每项一行\r
fields.csv            以上各文件每一列的含义，以及CSV列名与JSON字段名的对应\r
all.json              以上全部数据（JSON，字段名为英文，附字段说明）\r
\r
CSV为UTF-8编码（带BOM），可直接用Excel或WPS打开。[]内为五年累计数；“—”表示无数值；\r
“是/否”在JSON中为true/false。数值按规划原文，未作任何推算。\r
`;

/** A ZIP archive of the given files (name -> text), deflated. */
export function zipArchive(files: readonly [name: string, text: string][]): Uint8Array<ArrayBuffer> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the earliest DOS date: the same input always gives the same archive.
  const time = 0;
  const date = (0 << 9) | (1 << 5) | 1;
  for (const [name, text] of files) {
    const raw = Buffer.from(text, 'utf8');
    const data = deflateRawSync(raw, { level: 9 });
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: deflate
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(fileName.length, 26);
    header.writeUInt16LE(0, 28);
    locals.push(header, fileName, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(raw.length, 24);
    entry.writeUInt16LE(fileName.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, fileName);
    offset += header.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

export function dataArchive(): Uint8Array<ArrayBuffer> {
  return zipArchive(ARCHIVE_FILES.map((name) => [name, name === 'README.txt' ? README : openFiles[name]()]));
}
