/**
 * Reading the plan's downloads the way their layout documents it, to hold each to the fidelity rule
 * (test/support/fidelity.ts): the plan text of the .docx (word/document.xml: every paragraph outside
 * the contents field whose style is not one of the file's own "Ui…" styles), of the Markdown (the
 * title, then what stands between the first and the last thematic break) and of the plain text (the
 * title, then what stands between the two ═ rules, without the ─ rules around each 专栏).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { load, type CheerioAPI } from 'cheerio';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent } from 'mdast';
import { squash } from './fidelity.ts';
import { TEXT_COLUMN_RULE, TEXT_PART_RULE } from '../../src/lib/downloads/to-plain-text.ts';
import { UI_PREFIX } from '../../src/lib/downloads/to-docx.ts';

/** The parts of a .docx, as text, by path in the zip (word/document.xml, word/styles.xml …). */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** word/document.xml, parsed. */
export const documentXml = (bytes: Uint8Array): CheerioAPI => load(docxParts(bytes)['word/document.xml']!, { xml: true });

/** A paragraph's style id ('' when it has none). */
export const styleOf = ($: CheerioAPI, p: Parameters<CheerioAPI>[0]): string => $(p).children('w\\:pPr').children('w\\:pStyle').attr('w:val') ?? '';

/** Every paragraph of the body outside the contents field (a content control), in order. */
export function bodyParagraphs($: CheerioAPI) {
  return $('w\\:body w\\:p').filter((_, p) => $(p).parents('w\\:sdt').length === 0);
}

/** The plan text of a .docx, whitespace removed. */
export function docxPlanText(bytes: Uint8Array): string {
  const $ = documentXml(bytes);
  const parts: string[] = [];
  bodyParagraphs($).each((_, p) => {
    if (styleOf($, p).startsWith(UI_PREFIX)) return;
    parts.push($(p).find('w\\:t').text());
  });
  return squash(parts.join(''));
}

export const parseMarkdown = (md: string): Root => unified().use(remarkParse).use(remarkGfm).parse(md);

/** The plan part of the Markdown file: the title heading, then the nodes between the first and the last thematic break. */
export function markdownPlanNodes(tree: Root): RootContent[] {
  const breaks = tree.children.flatMap((n, i) => (n.type === 'thematicBreak' ? [i] : []));
  if (breaks.length < 2) throw new Error(`the Markdown has ${breaks.length} thematic breaks, expected one after the front matter and one before the 勘误说明`);
  const title = tree.children[0];
  if (title?.type !== 'heading' || title.depth !== 1) throw new Error('the Markdown does not start with the title as a # heading');
  return [title, ...tree.children.slice(breaks[0]! + 1, breaks.at(-1))];
}

/** The plan text of the Markdown file (as a Markdown reader shows it), whitespace removed. */
export const markdownPlanText = (md: string): string =>
  squash(
    markdownPlanNodes(parseMarkdown(md))
      .map((n) => toString(n))
      .join(''),
  );

/** The plan text of the plain-text file, whitespace removed. */
export function plainPlanText(text: string): string {
  const lines = text.replace(/^\uFEFF/u, '').split('\r\n');
  const rules = lines.flatMap((l, i) => (l === TEXT_PART_RULE ? [i] : []));
  if (rules.length !== 2) throw new Error(`the text has ${rules.length} ${TEXT_PART_RULE[0]} rules, expected 2`);
  const title = lines.slice(0, lines.indexOf(''));
  const body = lines.slice(rules[0]! + 1, rules[1]).filter((l) => l !== TEXT_COLUMN_RULE);
  return squash([...title, ...body].join(''));
}
