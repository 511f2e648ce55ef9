/** The 下载 page's catalog: every file named by what it is for, no two alike, with its size; and the offline size filled in. */
import { describe, expect, it } from 'vitest';
import { DATA_DOWNLOADS, downloadEntries, PLAN_DOWNLOADS } from '../../../../src/lib/downloads/catalog.ts';
import { openFiles } from '../../../../src/lib/indicators/open-files.ts';
import { DATA_ARCHIVE } from '../../../../src/integrations/data-archive.ts';
import { fillOfflineSize } from '../../../../src/integrations/offline.ts';
import { PLAN_TITLE } from '../../../support/plan-facts.ts';

describe('the downloads catalog', () => {
  it('names every file by what it is for, no two alike, and never by its file name', () => {
    const all = [...Object.entries(PLAN_DOWNLOADS), ...Object.entries(DATA_DOWNLOADS)];
    const labels = all.map(([, d]) => d.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const [file, d] of all) {
      expect(d.label, file).not.toContain(file);
      expect(d.about.length, file).toBeGreaterThan(10);
    }
  });

  it('explains each technical format in plain words where it appears', () => {
    const about = (file: keyof typeof DATA_DOWNLOADS | keyof typeof PLAN_DOWNLOADS) => ({ ...PLAN_DOWNLOADS, ...DATA_DOWNLOADS })[file].about;
    expect(about('plan.md')).toMatch(/^Markdown 是/u);
    expect(about('plan-passages.json')).toMatch(/^JSON 是/u);
    expect(about('plan-passages.schema.json')).toContain('JSON Schema 2020-12');
    expect(about('indicators.csv')).toContain('Excel 或 WPS');
    expect(about('plan-data.zip')).toContain('解压');
  });

  it('describes every open-data file the site publishes', () => {
    expect(Object.keys(DATA_DOWNLOADS).sort()).toEqual([...Object.keys(openFiles), DATA_ARCHIVE].sort());
  });

  it("lists a catalog in its order, under its folder, with each body's size in bytes", () => {
    const entries = downloadEntries(PLAN_DOWNLOADS, 'downloads', (file) => (file === 'plan.docx' ? new Uint8Array(2048) : '规划'));
    expect(entries.map((e) => [e.path, e.bytes])).toEqual([
      ['downloads/plan.docx', 2048],
      ['downloads/plan.txt', 6],
      ['downloads/plan.md', 6],
      ['downloads/plan-passages.json', 6],
      ['downloads/plan-passages.schema.json', 6],
    ]);
    expect(entries[0]!.saveAs).toBe(`${PLAN_TITLE}.docx`);
  });

  it('fills the page’s offline size, and says so when the page lacks one', () => {
    expect(fillOfflineSize('<data data-offline-size value="0">构建后显示</data>', 1_468_006)).toBe('<data data-offline-size value="1468006">1.4 MB</data>');
    expect(() => fillOfflineSize('<p></p>', 1)).toThrow(/data-offline-size/u);
  });
});
