/** The .docx without the build's time or random ids: the same document packed twice, at two times, gives the same bytes. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { sourceDateEpoch, stableDocx, stampCore } from '../../../../src/lib/downloads/stable-zip.ts';

const packAt = async (time: string): Promise<Uint8Array> => {
  vi.setSystemTime(new Date(time));
  // An external link: docx names its relationship with a random id.
  const link = new ExternalHyperlink({ link: 'https://plan.test/', children: [new TextRun('网站')] });
  return new Uint8Array(
    await Packer.toBuffer(new Document({ title: '规划', sections: [{ children: [new Paragraph('第一章'), new Paragraph({ children: [link] })] }] })),
  );
};

/** The date and time fields of every local header and central directory entry of a ZIP. */
function zipDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dates: string[] = [];
  for (let i = 0; i + 4 <= zip.length; i += 1) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) dates.push(`${view.getUint16(i + 12, true)}:${view.getUint16(i + 10, true)}`);
    if (sig === 0x02014b50) dates.push(`${view.getUint16(i + 14, true)}:${view.getUint16(i + 12, true)}`);
  }
  return dates;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a stable .docx', () => {
  it('is byte for byte the same when the same document is packed at another time', async () => {
    vi.useFakeTimers();
    const first = await packAt('2025-01-02T03:04:05Z');
    const second = await packAt('2026-07-08T09:10:11Z');
    expect(Buffer.from(first).equals(Buffer.from(second)), 'the docx package itself stamps the time').toBe(false);
    expect(Buffer.from(stableDocx(first, undefined)).equals(Buffer.from(stableDocx(second, undefined)))).toBe(true);
  });

  it('numbers the random relationship ids, in the .rels files and where the document refers to them', async () => {
    const files = unzipSync(stableDocx(await packAt('2025-01-02T03:04:05Z'), undefined));
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    expect(rels).toContain('Id="rIdStable1"');
    expect([...rels.matchAll(/\bId="([^"]+)"/gu)].map((m) => m[1]).filter((id) => !/^rId(\d+|Stable\d+)$/u.test(id!))).toEqual([]);
    expect(strFromU8(files['word/document.xml']!)).toContain('r:id="rIdStable1"');
  });

  it('has no creation dates and 1980-01-01 00:00 on every entry without SOURCE_DATE_EPOCH, and keeps every file', async () => {
    vi.useFakeTimers();
    const original = await packAt('2025-01-02T03:04:05Z');
    const stable = stableDocx(original, undefined);
    const core = strFromU8(unzipSync(stable)['docProps/core.xml']!);
    expect(core).not.toMatch(/dcterms:(created|modified)|2025/u);
    expect(core).toContain('<dc:title>规划</dc:title>');
    expect(new Set(zipDates(stable))).toEqual(new Set([`${(0 << 9) | (1 << 5) | 1}:0`]));
    const before = unzipSync(original);
    const after = unzipSync(stable);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    // Changed: the timestamps, and the link's id where it is declared and used.
    const changed = ['docProps/core.xml', 'word/_rels/document.xml.rels', 'word/document.xml'];
    for (const name of Object.keys(before).filter((n) => !changed.includes(n)))
      expect(Buffer.from(after[name]!).equals(Buffer.from(before[name]!)), name).toBe(true);
  });

  it('takes its dates from SOURCE_DATE_EPOCH when set, whatever the machine’s time zone', async () => {
    vi.useFakeTimers();
    const at = sourceDateEpoch({ SOURCE_DATE_EPOCH: String(Date.UTC(2024, 4, 6, 7, 8, 10) / 1000) })!;
    const stable = stableDocx(await packAt('2025-01-02T03:04:05Z'), at);
    const core = strFromU8(unzipSync(stable)['docProps/core.xml']!);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-06T07:08:10Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-05-06T07:08:10Z</dcterms:modified>');
    // DOS date and time: (year - 1980) << 9 | month << 5 | day, hours << 11 | minutes << 5 | seconds / 2.
    expect(new Set(zipDates(stable))).toEqual(new Set([`${(44 << 9) | (5 << 5) | 6}:${(7 << 11) | (8 << 5) | 5}`]));
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds, and ignores an empty one', () => {
    expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: '2024-05-06' })).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/u);
    expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '' })).toBeUndefined();
    expect(sourceDateEpoch({})).toBeUndefined();
  });

  it('says so when the docx package stops writing the two timestamps it removes', () => {
    expect(() => stampCore('<cp:coreProperties></cp:coreProperties>', undefined)).toThrow(/expected dcterms:created and dcterms:modified, found 0/u);
  });
});
