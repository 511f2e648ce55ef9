/** The search index in the built sites: present, complete, and built for each base. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PREPAINT_SCRIPT } from '../../src/reader/prepaint-script.ts';
import { describe, expect, it } from 'vitest';
import { assertBuilt, listFiles, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { truthPassages } from '../support/search-truth.ts';
import { fromPayload, PASSAGES_FILE, TRADITIONAL_FILE, type PagePayload } from '../../src/lib/search/payload.ts';
import { PARTS } from '../../src/integrations/pagefind-plan.ts';
import {
  BUNDLE_DIR,
  ENTRY,
  FRAGMENT_DIR,
  LOADER,
  metaFile,
  PAGEFIND_VERSION,
  readPagefindFile,
  UNUSED_FILES,
  wasmFile,
  type PagefindEntry,
} from '../../src/lib/search/pagefind-adapter.ts';
import { traditionalPairs } from '../../src/data/traditional.ts';

const readFragment = async (file: string) =>
  JSON.parse(new TextDecoder().decode(await readPagefindFile(readFileSync(file)))) as { content: string; plan: PagePayload[] };
const fragmentsOf = (bundle: string) => Promise.all(readdirSync(join(bundle, FRAGMENT_DIR)).map((f) => readFragment(join(bundle, FRAGMENT_DIR, f))));

describe.each(BUILDS)('the search index of the build under $base', ({ dir, base }) => {
  assertBuilt(dir);
  const bundle = join(dir, BUNDLE_DIR);

  it('holds the pinned Pagefind with the files the search page loads, and none it does not', () => {
    const entry = JSON.parse(readFileSync(join(bundle, ENTRY), 'utf8')) as PagefindEntry;
    expect(entry.version).toBe(PAGEFIND_VERSION);
    expect(Object.keys(entry.languages)).toEqual(['zh']);
    const files = listFiles(bundle);
    for (const f of [LOADER, wasmFile(entry), metaFile(entry)]) expect(files).toContain(f);
    expect(files.filter((f) => (UNUSED_FILES as readonly string[]).includes(f))).toEqual([]);
  });

  it('carries every passage of the plan, with its page and anchor, exactly once, in the parts', async () => {
    const fragments = await fragmentsOf(bundle);
    expect(fragments).toHaveLength(PARTS);
    const records = fragments.flatMap((f) => f.plan.flatMap(fromPayload)).sort((a, b) => a.o - b.o);
    expect(records.map((r) => r.o)).toEqual(records.map((_, i) => i));
    const indexed = records.flatMap((r) => r.passages.map((p) => ({ key: `${r.page}#${p.anchor}`, text: p.text })));
    expect(indexed).toEqual(truthPassages(dir));
  });

  it('sends no indexed tokens to the browser: each fragment holds its passages, not its characters', async () => {
    for (const f of readdirSync(join(bundle, FRAGMENT_DIR))) expect((await readFragment(join(bundle, FRAGMENT_DIR, f))).content, f).toBe('');
  });

  it('writes the same passages, all pages in one file, for search without Pagefind', async () => {
    const parts = (await fragmentsOf(bundle)).flatMap((f) => f.plan.flatMap(fromPayload)).sort((a, b) => a.o - b.o);
    const file = (JSON.parse(readFileSync(join(dir, PASSAGES_FILE), 'utf8')) as PagePayload[]).flatMap(fromPayload);
    expect(file).toEqual(parts);
  });

  it("gives an indicator row its cells under the header's labels, with the unit", () => {
    const file = (JSON.parse(readFileSync(join(dir, PASSAGES_FILE), 'utf8')) as PagePayload[]).flatMap(fromPayload);
    const rows = file.flatMap((r) => r.passages).filter((p) => p.row);
    expect(rows.length).toBe(file.flatMap((r) => r.passages).filter((p) => p.kind === 'indicator' && /-r\d+$/.test(p.anchor)).length);
    expect(rows.find((p) => p.anchor === 'column-1-r6')!.row).toEqual({
      label: '6.工伤保险参保人数（万人）',
      values: [
        ['2015年基数', '752.08'],
        ['“十三五”规划目标', '770'],
        ['2020年完成数', '1320.09'],
      ],
      unit: '万人',
      // The row's indicator has its own page in this build: the result links there.
      page: 'indicators/plan13-work-injury-insurance-insured/',
    });
    expect(rows.find((p) => p.anchor === 'column-2-r9')!.row!.values.at(-1)).toEqual(['属性', '约束性']);
  });

  it('serves the traditional-simplified pairs the search page reads a query by', () => {
    expect(JSON.parse(readFileSync(join(dir, TRADITIONAL_FILE), 'utf8'))).toBe(traditionalPairs());
  });

  it('has a search page whose form keeps the words typed without JavaScript and says what to do instead', () => {
    const $ = loadHtml(join(dir, 'search', 'index.html'));
    // method=dialog outside a dialog: without the script a submission goes nowhere, so the box keeps its words.
    expect($('form#search-form').attr('method')).toBe('dialog');
    expect($('#search-q').attr('name')).toBe('q');
    const noscript = $('noscript').html() ?? '';
    expect(noscript).toContain('本页的搜索在这个浏览器里用不了');
    expect(noscript).toContain(`href="${base}full/"`);
    expect($('#search-status').attr('role')).toBe('status');
  });

  it('puts a search box in the header of every page, as a form to the search page', () => {
    for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
      const $ = loadHtml(join(dir, file));
      const form = $('header form[role="search"]');
      expect(form.attr('action'), file).toBe(`${base}search/`);
      expect(form.find('input[name="q"]').attr('id'), file).toBe('site-search-q');
      expect($(`label[for="site-search-q"]`).text(), file).toBe('搜索规划');
    }
  });

  it('keeps every script an external file, JSON data blocks and the reader pre-paint script aside', () => {
    for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
      const $ = loadHtml(join(dir, file));
      $('script:not([type="application/json"])').each((_, el) => {
        if ($(el).html() === PREPAINT_SCRIPT) return;
        expect($(el).attr('src'), file).toBeTruthy();
      });
    }
  });
});
