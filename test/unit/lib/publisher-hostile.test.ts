/**
 * Hostile publisher settings, at unit level: each payload of test/support/hostile-settings.ts in each
 * string field of the schema (put into the complete sample, so every other field is set too) is either
 *
 * - refused by parsePublisher() with messages that each name the file, the line and that field, and
 *   show no invisible character raw; or
 * - accepted, and then escaped in every output the settings reach, rendered by the functions the
 *   build uses: the page's HTML (Astro's own escapeHTML/addAttribute over what footerIdentity,
 *   documentFacts, pageMeta and the data-strings JSON give, as the components write them), the print
 *   header's CSS, the Markdown, plain-text and .docx downloads, and the citation text. "Escaped"
 *   means: the output has the same structure as with the sample's value (no element, attribute, CSS
 *   rule, Markdown node or line more or less), and the value reads back exactly where it belongs.
 *
 * The one real build with hostile settings is the CSP refusal build of test/build/publish.test.ts.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { transform } from 'esbuild';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString as mdText } from 'mdast-util-to-string';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { addAttribute } from 'astro/runtime/server/render/util.js';
import { parsePublisher, PublisherError, PUBLISHER_FILE, type Publisher } from '../../../src/lib/publisher.ts';
import { UNSEEN } from '../../../src/lib/char-names.ts';
import { jsonInHtml } from '../../../src/lib/escape.ts';
import { footerIdentity } from '../../../src/lib/site-identity.ts';
import { documentFacts } from '../../../src/lib/document-facts.ts';
import { pageMeta } from '../../../src/lib/page-meta.ts';
import { runningHeader } from '../../../src/lib/print-header.ts';
import { citationText } from '../../../src/lib/citation-text.ts';
import { documentFacts as exportFacts, type ExportInput } from '../../../src/lib/downloads/export-input.ts';
import { toMarkdown } from '../../../src/lib/downloads/to-markdown.ts';
import { toPlainText } from '../../../src/lib/downloads/to-plain-text.ts';
import { toDocx } from '../../../src/lib/downloads/to-docx.ts';
import { readPlan } from '../../../src/integrations/plan/read-plan.ts';
import type { PlanModel } from '../../../src/lib/plan/model.ts';
import { COMPLETE_SAMPLE, PAYLOADS, sampleWith, stringFields } from '../../support/hostile-settings.ts';
import { unzip } from '../../support/unzip.ts';
import { readCss } from '../../support/css.ts';
import { ROOT } from '../../support/paths.ts';
import { PLAN_TITLE } from '../../support/plan-facts.ts';

const PUBLIC = join(ROOT, 'public');
const TITLE = PLAN_TITLE;
const FIELDS = stringFields();

// --- The outputs, as the build writes them -------------------------------------------------------

const attr = (key: string, value: string) => String(addAttribute(value, key));
const text = (value: string) => String(escapeHTML(value));

/** The settings' HTML: head metadata, the reading tools' data-strings, the footer and the title block, as the components write them. */
function pageHtml(s: Publisher): string {
  const meta = pageMeta({ settings: s, siteName: '站名', title: '标题', description: '说明', url: 'https://plan.test/', articleTitle: TITLE });
  const { issuer, publishedDate, signedDate } = s.document;
  const strings = jsonInHtml({ 'reader.toTop': '回到顶部', 'cite.issuer': issuer, 'cite.year': (publishedDate ?? signedDate)?.slice(0, 4) });
  const badge = s.site.govBadge;
  const items = footerIdentity(s.site)
    .map((i) => `<li><span class="muted">${text(i.label)}：</span>${i.href ? `<a${attr('href', i.href)}>${text(i.text)}</a>` : text(i.text)}</li>`)
    .join('');
  const facts = documentFacts(s.document, (p) => `/${p}`)
    .map(
      (f) =>
        `<dt>${text(f.label)}</dt><dd>${f.href ? `<a${attr('href', f.href)}>${text(f.text)}</a>` : text(f.text)}${f.note ? `<span class="muted">（${text(f.note)}）</span>` : ''}</dd>`,
    )
    .join('');
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    ...meta.map((m) => `<meta${attr(m.attribute, m.key)}${attr('content', m.content)}>`),
    `</head><body><div class="reader-live"${attr('data-strings', strings)}></div>`,
    `<dl class="doc-facts">${facts}</dl>`,
    `<footer>${badge ? `<a class="badge"${attr('href', badge.href)}><img${attr('src', `/${badge.image}`)} alt="党政机关网站标识"></a>` : ''}<ul class="identity">${items}</ul></footer>`,
    '</body></html>',
  ].join('');
}

/** Element names and attribute names in document order: what an injection would change. */
function htmlSkeleton(html: string): string[] {
  const $ = load(html);
  return $('*')
    .map(
      (_, el) =>
        `${$(el).prop('tagName')}[${Object.keys($(el).attr() ?? {})
          .sort()
          .join(',')}]`,
    )
    .get();
}

/** The values as a browser reads them back from the HTML. */
function htmlValues(html: string): unknown {
  const $ = load(html);
  return {
    meta: $('meta[name], meta[property]')
      .map((_, m) => `${$(m).attr('name') ?? $(m).attr('property')}=${$(m).attr('content')}`)
      .get(),
    strings: JSON.parse($('[data-strings]').attr('data-strings')!),
    facts: $('.doc-facts dd')
      .map((_, dd) => `${$(dd).text()} ${$(dd).find('a').attr('href') ?? ''}`)
      .get(),
    footer: $('.identity li')
      .map((_, li) => `${$(li).text()} ${$(li).find('a').attr('href') ?? ''}`)
      .get(),
    badge: [$('.badge').attr('href'), $('.badge img').attr('src')],
  };
}

/** What the same settings must read back as: the values the data functions give, unescaped. */
function expectedValues(s: Publisher): unknown {
  const meta = pageMeta({ settings: s, siteName: '站名', title: '标题', description: '说明', url: 'https://plan.test/', articleTitle: TITLE });
  const { issuer, publishedDate, signedDate } = s.document;
  return {
    meta: meta.map((m) => `${m.key}=${m.content}`),
    strings: JSON.parse(JSON.stringify({ 'reader.toTop': '回到顶部', 'cite.issuer': issuer, 'cite.year': (publishedDate ?? signedDate)?.slice(0, 4) })),
    facts: documentFacts(s.document, (p) => `/${p}`).map((f) => `${f.text}${f.note ? `（${f.note}）` : ''} ${f.href ?? ''}`),
    footer: footerIdentity(s.site).map((i) => `${i.label}：${i.text} ${i.href ?? ''}`),
    badge: s.site.govBadge ? [s.site.govBadge.href, `/${s.site.govBadge.image}`] : [undefined, undefined],
  };
}

const markdown = unified().use(remarkParse).use(remarkGfm);
type MdNode = { type: string; url?: string; children?: MdNode[] };
/**
 * Node types and link targets. A GFM autolink literal (an e-mail address or the sample's own https
 * address made a link) is the value's own text, so it counts as text: an injection would be a link
 * whose target is not its text, an image, HTML or a block.
 */
const mdSkeleton = (node: MdNode): string => {
  const own =
    node.type === 'link' &&
    node.url !== undefined &&
    [node.url, `mailto:${mdText(node as never)}`, `http://${mdText(node as never)}`].includes(node.url) &&
    node.url.replace(/^mailto:|^http:\/\//u, '') === mdText(node as never).replace(/^mailto:/u, '');
  if (own || node.type === 'text') return 'text';
  const children = (node.children ?? []).map(mdSkeleton).filter((c, i, all) => !(c === 'text' && all[i - 1] === 'text'));
  return `${node.type}${node.url !== undefined ? `(${node.url})` : ''}${node.children ? `[${children.join(',')}]` : ''}`;
};

/** The preamble only: the downloads' title page, where the document facts are, without 400 KB of plan. */
let preamble: PlanModel;
const exportInput = (s: Publisher): ExportInput => ({ plan: preamble, errata: [], document: s.document, site: 'https://plan.test', base: '/' });
const factLines = (s: Publisher) =>
  exportFacts(s.document, { site: 'https://plan.test', base: '/' }).map((f) => `${f.label}：${f.value.replace(/\s+/gu, ' ').trim()}`);

async function docxParagraphs(s: Publisher): Promise<{ skeleton: string[]; paragraphs: string[] }> {
  const xml = unzip(await toDocx(exportInput(s)))
    .get('word/document.xml')!
    .toString('utf8');
  const $ = load(xml, { xml: true });
  return {
    skeleton: $('*')
      .map((_, el) => $(el).prop('tagName') ?? '')
      .get(),
    paragraphs: $('w\\:p')
      .map((_, p) => $(p).find('w\\:t').text())
      .get(),
  };
}

/** Every output of settings `s`, reduced to what an injection would change (structure) and what must read back (values). */
/** The outputs made from the document facts alone (the downloads, the print header, the citation), by those facts: a site field's payload leaves them as they are. */
const documentOutputs = new Map<string, Promise<Awaited<ReturnType<typeof outputsOfDocument>>>>();
async function outputsOfDocument(s: Publisher) {
  const css = readCss(runningHeader(TITLE, s.document.issuer));
  const minified = await transform(runningHeader(TITLE, s.document.issuer), { loader: 'css', minify: true, charset: 'utf8' });
  const md = markdown.parse(toMarkdown(exportInput(s))) as MdNode;
  const txt = toPlainText(exportInput(s))
    .replace(/^\ufeff/u, '')
    .split('\r\n');
  const docx = await docxParagraphs(s);
  const cite = citationText({ title: TITLE, issuer: s.document.issuer, location: '第一章', url: 'https://plan.test/', cited: '2026-01-01' });
  return { css, minified, md, txt, docx, cite };
}

async function outputs(s: Publisher) {
  const key = JSON.stringify(s.document);
  if (!documentOutputs.has(key)) documentOutputs.set(key, outputsOfDocument(s));
  return { html: pageHtml(s), ...(await documentOutputs.get(key)!) };
}

// --- The matrix ----------------------------------------------------------------------------------

let sample: Awaited<ReturnType<typeof outputs>>;
const counts = { tried: 0, refused: 0, escaped: 0 };
beforeAll(async () => {
  const model = readPlan();
  preamble = { ...model, chapters: [], passages: model.passages.filter((p) => p.chapter === 0) };
  sample = await outputs(parsePublisher(COMPLETE_SAMPLE, { publicDir: PUBLIC }));
}, 60_000);
afterAll(() => {
  // The figures the closing note of issue 22 asks for (docs/settings.md).
  console.log(
    `hostile settings: ${counts.tried} tried, ${counts.refused} refused, ${counts.escaped} escaped (${PAYLOADS.length} payloads × ${FIELDS.length} fields)`,
  );
});

/** Why payload `value` in `field` is neither refused properly nor escaped everywhere; '' when it is one of them. */
async function verdict(field: string, value: string): Promise<string> {
  let settings: Publisher;
  try {
    settings = parsePublisher(sampleWith(field, value), { publicDir: PUBLIC });
  } catch (error) {
    if (!(error instanceof PublisherError)) return `threw ${String(error)}`;
    const lines = error.message.split('\n').slice(1).filter(Boolean);
    if (!lines.length) return 'refused without a message';
    const wrong = lines.find(
      (l) => !new RegExp(`^  ${PUBLISHER_FILE.replace(/[./]/gu, '\\$&')}:\\d+, field "${field.replace(/\./gu, '\\.')}": \\S`, 'u').test(l),
    );
    if (wrong) return `refused, but a message does not name the file, line and field: ${wrong}`;
    if (lines.some((l) => UNSEEN.test(l))) return 'refused, but a message carries an invisible character raw';
    if (error.message.length > 2000) return 'refused, but the message is longer than 2000 characters';
    counts.refused += 1;
    return '';
  }
  const out = await outputs(settings);
  const problems: string[] = [];
  if (JSON.stringify(htmlSkeleton(out.html)) !== JSON.stringify(htmlSkeleton(sample.html))) problems.push('HTML: the elements or attributes changed');
  if (JSON.stringify(htmlValues(out.html)) !== JSON.stringify(expectedValues(settings)))
    problems.push(`HTML: the values do not read back: ${JSON.stringify(htmlValues(out.html)).slice(0, 300)}`);
  if (/[<>&]/u.test(jsonInHtml({ v: value }))) problems.push('JSON: < > or & left raw');
  if (out.css.skeleton !== sample.css.skeleton) problems.push(`print CSS: the rules changed: ${out.css.skeleton}`);
  if (JSON.stringify(out.css.strings) !== JSON.stringify([TITLE, ...(settings.document.issuer ? [settings.document.issuer] : [])]))
    problems.push('print CSS: the header does not read back');
  if (out.minified.warnings.length || (out.minified.code.match(/@top-right/gu)?.length ?? 0) !== (settings.document.issuer ? 1 : 0))
    problems.push('print CSS: esbuild reads it otherwise');
  if (/<\/style/iu.test(runningHeader(TITLE, settings.document.issuer))) problems.push('print CSS: a </style> left raw');
  if (mdSkeleton(out.md) !== mdSkeleton(sample.md)) problems.push('Markdown: the nodes changed');
  const mdAll = mdText(out.md as never);
  for (const line of factLines(settings)) if (!mdAll.includes(line)) problems.push(`Markdown: “${line.slice(0, 60)}” does not read back`);
  if (out.txt.length !== sample.txt.length) problems.push('text: the lines changed');
  if (out.txt.some((l) => /[\p{Cc}]/u.test(l.replace(/\t/gu, '')))) problems.push('text: a control character');
  for (const line of factLines(settings)) if (!out.txt.includes(line)) problems.push(`text: “${line.slice(0, 60)}” is not a line`);
  if (JSON.stringify(out.docx.skeleton) !== JSON.stringify(sample.docx.skeleton)) problems.push('docx: the XML elements changed');
  for (const line of factLines(settings)) if (!out.docx.paragraphs.includes(line)) problems.push(`docx: “${line.slice(0, 60)}” is not a paragraph`);
  if (settings.document.issuer && !out.cite.startsWith(`${settings.document.issuer}. `)) problems.push('citation: the issuer does not read back');
  if (problems.length) return `accepted, but not escaped: ${problems.join('; ')}`;
  counts.escaped += 1;
  return '';
}

describe.each(PAYLOADS.map(([name, value]) => [name, value] as const))('%s', (_, value) => {
  it(`is refused naming the field, or escaped in every output, in each of the ${FIELDS.length} string fields`, async () => {
    const wrong: string[] = [];
    for (const field of FIELDS) {
      counts.tried += 1;
      const why = await verdict(field, value);
      if (why) wrong.push(`${field}: ${why}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});

it('covers every string field of the schema, a new one included', () => {
  expect(FIELDS).toContain('document.issuer');
  expect(FIELDS).toContain('site.keywords.0');
  expect(FIELDS).toContain('site.contact.email');
  expect(FIELDS.length).toBeGreaterThanOrEqual(19);
});
