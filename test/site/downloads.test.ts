/**
 * The plan's downloads in both builds: the .docx (unzipped), the Markdown and the plain text each hold
 * the plan text under the fidelity rule of the pages; the .docx has the structure Word and WPS need
 * (heading styles, boxes, real tables, contents field, page numbers, East Asian fonts, the 勘误说明
 * list linked to its places); the JSON's passages are the search index's passages, and the file is
 * valid against the JSON Schema published beside it; the 下载 page lists every file with its size.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { errata } from '../../src/data/errata.ts';
import { readPlan } from '../../src/integrations/plan/read-plan.ts';
import { readPagefindFile } from '../../src/lib/search/pagefind-adapter.ts';
import { QR_FILE } from '../../src/lib/share.ts';
import { fromPayload, type PagePayload } from '../../src/lib/search/payload.ts';
import { PassagesFileSchema, type PassagesFile } from '../../src/lib/downloads/to-passages-json.ts';
import { PLAN_STYLES, bookmarkName } from '../../src/lib/downloads/to-docx.ts';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import {
  bodyParagraphs,
  docxParts,
  docxPlanText,
  documentXml,
  markdownPlanNodes,
  markdownPlanText,
  parseMarkdown,
  plainPlanText,
  styleOf,
} from '../support/downloads.ts';
import { expectedPlanText, firstDifference, squash } from '../support/fidelity.ts';
import { BUILDS, ROOT, SOURCE_TXT, TEST_SITE } from '../support/paths.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const expected = expectedPlanText(readFileSync(SOURCE_TXT, 'utf8'), errata);
const plan = readPlan(ROOT);

describe.each(BUILDS)('the downloads of the build under $base', ({ dir, base }) => {
  assertBuilt(dir);
  const file = (name: string) => readFileSync(join(dir, 'downloads', name));
  const docx = new Uint8Array(file('plan.docx'));

  describe('plan.docx', () => {
    const $ = documentXml(docx);
    const styled = (id: string) => bodyParagraphs($).filter((_, p) => styleOf($, p) === id);
    const parts = docxParts(docx);

    it('holds exactly the plan text, under the fidelity rule of the pages', () => {
      expect(firstDifference(expected, docxPlanText(docx))).toBeNull();
    });

    it('uses only the plan styles for plan text, and "Ui" styles for its own words (a paragraph without a style holds no text: a section break)', () => {
      const styles = new Set(
        bodyParagraphs($)
          .filter((_, p) => styleOf($, p) !== '' || $(p).find('w\\:t').length > 0)
          .map((_, p) => styleOf($, p))
          .get(),
      );
      for (const s of styles) expect(PLAN_STYLES.includes(s as (typeof PLAN_STYLES)[number]) || s.startsWith('Ui'), `style "${s}"`).toBe(true);
      for (const s of PLAN_STYLES) expect(styles.has(s), `style ${s} used`).toBe(true);
    });

    it("puts every chapter in Word's Heading 1 and every section in Heading 2, as the plan model has them", () => {
      expect(
        styled('Heading1')
          .map((_, p) => $(p).find('w\\:t').text())
          .get(),
      ).toEqual(plan.chapters.map((c) => `${c.label} ${c.title}`));
      expect(
        styled('Heading2')
          .map((_, p) => $(p).find('w\\:t').text())
          .get(),
      ).toEqual(plan.chapters.flatMap((c) => c.sections.map((s) => `${s.label} ${s.title}`)));
      const styles = parts['word/styles.xml']!;
      expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/u);
    });

    it('draws each 专栏 as a bordered one-cell box, and the two indicator tables as Word tables inside theirs with a repeating header row', () => {
      const boxes = $('w\\:body > w\\:tbl');
      expect(boxes).toHaveLength(20);
      boxes.each((i, box) => {
        expect($(box).children('w\\:tblPr').find('w\\:tblBorders > w\\:top').attr('w:val'), `box ${i + 1}`).toBe('single');
        expect($(box).children('w\\:tr')).toHaveLength(1);
        const title = $(box)
          .find('w\\:p')
          .filter((_, p) => styleOf($, p) === 'ColumnTitle')
          .first()
          .find('w\\:t')
          .text();
        expect(title).toBe(`专栏 ${plan.chapters.flatMap((c) => c.columns)[i]!.n} ${plan.chapters.flatMap((c) => c.columns)[i]!.title}`);
      });
      const tables = $('w\\:tbl w\\:tbl');
      expect(tables).toHaveLength(2);
      tables.each((i, table) => {
        const model = plan.chapters.flatMap((c) => c.columns).filter((c) => c.table)[i]!.table!;
        const rows = $(table).children('w\\:tr');
        expect(rows).toHaveLength(1 + model.groups.reduce((n, g) => n + 1 + g.rows.length, 0));
        expect(rows.first().find('w\\:tblHeader')).toHaveLength(1);
        expect(
          rows
            .first()
            .children('w\\:tc')
            .map((_, c) => $(c).text())
            .get(),
        ).toEqual(model.header.cells);
      });
    });

    it('has a contents field over Heading 1 and 2, page numbers in the footer from the first page of the plan, and asks Word to update the fields', () => {
      expect($('w\\:sdt w\\:instrText').text()).toMatch(/^TOC (\\[a-z] )*\\o "1-2"/u);
      const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d*\.xml$/u.test(name));
      expect(footers.some(([, xml]) => /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:fldSimple w:instr="PAGE/u.test(xml))).toBe(true);
      // The plan's section (the last, whose properties close the body) numbers from 1; the title page and contents have no footer.
      expect($('w\\:body > w\\:sectPr w\\:pgNumType').attr('w:start')).toBe('1');
      expect($('w\\:body > w\\:sectPr w\\:footerReference')).toHaveLength(1);
      expect($('w\\:body w\\:p w\\:sectPr w\\:footerReference')).toHaveLength(0);
      expect(parts['word/settings.xml']).toMatch(/<w:updateFields( w:val="(true|1|on)")?\/>/u);
    });

    it('sets East Asian fonts and the zh-CN language, so Word and WPS choose Chinese fonts and line breaks', () => {
      const styles = parts['word/styles.xml']!;
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/u.exec(styles)![0];
      expect(defaults).toMatch(/w:eastAsia="仿宋"/u);
      expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/u);
      for (const font of ['黑体', '楷体', '宋体']) expect(styles).toContain(`w:eastAsia="${font}"`);
    });

    it('lists every repair at the end, each linked to a bookmark on the passage it is in, and marks the repaired words', () => {
      const links = $('w\\:hyperlink[w\\:anchor]')
        .map((_, a) => $(a).attr('w:anchor'))
        .get()
        .filter((a) => a.startsWith('plan_'));
      expect(links).toEqual(errata.map((e) => bookmarkName(e.anchor)));
      const bookmarks = new Set(
        $('w\\:bookmarkStart')
          .map((_, b) => $(b).attr('w:name'))
          .get(),
      );
      for (const link of links) expect(bookmarks.has(link), link).toBe(true);
      expect($('w\\:rStyle[w\\:val="Repaired"]').length).toBeGreaterThanOrEqual(errata.length);
    });

    it('shows on its title page the plan title and no document fact, since the shipped settings set none', () => {
      expect(styled('UiFacts')).toHaveLength(0);
      expect(
        styled('PlanTitle')
          .find('w\\:t')
          .map((_, t) => $(t).text())
          .get(),
      ).toEqual([PLAN_TITLE]);
    });
  });

  it('plan.md holds exactly the plan text, with chapters as ##, sections as ###, 专栏 as block quotes and the indicator tables as GFM tables', () => {
    const md = file('plan.md').toString('utf8');
    expect(firstDifference(expected, markdownPlanText(md))).toBeNull();
    const nodes = markdownPlanNodes(parseMarkdown(md));
    const headings = (depth: number) => nodes.filter((n) => n.type === 'heading' && n.depth === depth).length;
    expect([headings(2), headings(3)]).toEqual([10, 45]);
    const quotes = nodes.filter((n) => n.type === 'blockquote');
    expect(quotes).toHaveLength(20);
    expect(quotes.flatMap((q) => (q.type === 'blockquote' ? q.children.filter((c) => c.type === 'table') : []))).toHaveLength(2);
  });

  it('plan.txt holds exactly the plan text, in UTF-8 with a byte-order mark and CRLF line ends', () => {
    const text = file('plan.txt').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    expect(firstDifference(expected, plainPlanText(text))).toBeNull();
  });

  describe('plan-passages.json', () => {
    const json = JSON.parse(file('plan-passages.json').toString('utf8')) as PassagesFile;

    it('is valid against the JSON Schema published beside it, and against the schema it is written with', () => {
      expect(json.$schema).toBe('plan-passages.schema.json');
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(file('plan-passages.schema.json').toString('utf8')));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      expect(() => PassagesFileSchema.parse(json)).not.toThrow();
    });

    it("has exactly the search index's passages, in order: page, anchor, text, category and heading", async () => {
      const bundle = join(dir, 'pagefind', 'fragment');
      const fragments = await Promise.all(
        readdirSync(bundle).map(
          async (f) => JSON.parse(new TextDecoder().decode(await readPagefindFile(readFileSync(join(bundle, f))))) as { plan: PagePayload[] },
        ),
      );
      const records = fragments.flatMap((fragment) => fragment.plan.flatMap(fromPayload)).sort((a, b) => a.o - b.o);
      const indexed = records.flatMap((r) =>
        r.passages.map((p) => ({
          url: `${TEST_SITE}${base}${r.page}${p.anchor ? `#${p.anchor}` : ''}`,
          anchor: p.anchor,
          text: p.text,
          category: p.kind,
          heading: p.heading === true,
        })),
      );
      expect(json.passages.map((p) => ({ url: p.url, anchor: p.anchor, text: squash(p.text), category: p.category, heading: p.heading }))).toEqual(indexed);
    });

    it('adds up to the plan text, and carries each passage as the plan model has it', () => {
      expect(firstDifference(expected, squash(json.passages.map((p) => p.text).join('')))).toBeNull();
      expect(json.passages.map((p) => [p.anchor, p.kind, p.text, p.path.map((s) => s.label)])).toEqual(
        plan.passages.map((p) => [p.anchor, p.kind, p.text, p.path.map((s) => s.label)]),
      );
      expect(json.errata.map((e) => e.id)).toEqual(errata.map((e) => e.id));
    });
  });

  it('the 下载 page lists every download and every data file with its size as written, linked under the base', () => {
    const $ = loadHtml(join(dir, 'downloads', 'index.html'));
    const listed = $('ul.files li')
      .map((_, li) => ({ href: $(li).find('a').attr('href')!, bytes: Number($(li).find('data').attr('value')) }))
      .get();
    const files = [
      ...readdirSync(join(dir, 'downloads'))
        .filter((f) => !/\.(br|gz|html)$/u.test(f) && f !== QR_FILE)
        .map((f) => `downloads/${f}`),
      ...readdirSync(join(dir, 'data'))
        .filter((f) => !/\.(br|gz)$/u.test(f) && statSync(join(dir, 'data', f)).isFile())
        .map((f) => `data/${f}`),
    ];
    expect(listed.map((l) => l.href).sort()).toEqual(files.map((f) => `${base}${f}`).sort());
    for (const l of listed) expect(l.bytes, l.href).toBe(statSync(join(dir, l.href.slice(base.length))).size);
    const offline = $('data[data-offline-size]');
    expect(Number(offline.attr('value'))).toBeGreaterThan(1024 * 1024);
  });
});
