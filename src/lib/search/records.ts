/**
 * The search records of the built plan pages. A record is a section, a chapter introduction, a 专栏
 * or the preamble; it carries its passages (headings, paragraphs, table rows), each with the anchor
 * a result links to. Read from the built HTML, so every anchor a result uses exists on the page.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export type PassageKind = 'text' | 'column' | 'indicator';

export interface Passage {
  /** Element id on the page; '' for the plan title on the home page (the link goes to the page top). */
  anchor: string;
  kind: PassageKind;
  /** The plan text, whitespace removed, without UI controls. */
  text: string;
}

export interface SearchRecord {
  /** Page path relative to the base: '' (home) or chapters/3/. */
  page: string;
  /** 0 for the title and preamble, 1 to 10 for the chapters. */
  chapter: number;
  /** Where the passages sit, outermost first: chapter, section, 专栏. */
  path: string[];
  passages: Passage[];
}

const PASSAGE = 'h1, h2[id], h3[id], h4[id], h5[id], h6[id], p[id], tr';
const squash = (s: string) => s.replace(/\s+/gu, '');
const visibleText = ($: CheerioAPI, el: AnyNode): string => {
  const copy = $(el).clone();
  copy.find('[data-ui]').remove();
  return copy.text().replace(/\s+/gu, ' ').trim();
};
const plainText = ($: CheerioAPI, el: AnyNode): string => squash(visibleText($, el));

/** The group a passage belongs to, from its anchor: s3-2-p1 -> s3-2, column-7-2-p1 -> column-7. */
const groupOf = (anchor: string): string => anchor.match(/^(column-\d+|s\d+-\d+|c\d+|preamble)/)?.[1] ?? 'preamble';

/** The records of one built page, in document order. */
export function pageRecords(html: string, page: string, chapter: number): SearchRecord[] {
  const $ = load(html);
  const records: SearchRecord[] = [];
  let chapterLabel = '';
  let sectionLabel = '';
  let current: SearchRecord | undefined;
  let currentGroup = '';
  const roots = $('[data-plan]').toArray().filter((el) => $(el).parents('[data-plan]').length === 0);
  for (const root of roots) {
    const elements: Element[] = $(root).is(PASSAGE) ? [root as Element] : $(root).find(PASSAGE).toArray();
    for (const el of elements) {
      const text = plainText($, el);
      if (!text) continue;
      const column = $(el).closest('section.column');
      const columnHeading = column.find('h2[id], h3[id], h4[id]').first();
      const anchor = $(el).attr('id') ?? columnHeading.attr('id') ?? '';
      const tag = el.tagName.toLowerCase();
      if (tag === 'h1') chapterLabel = visibleText($, el);
      if (/^s\d+-\d+$/.test(anchor) && $(el).is('h2, h3')) sectionLabel = visibleText($, el);
      if (/^c\d+$/.test(anchor)) sectionLabel = '';
      const group = groupOf(anchor);
      if (!current || group !== currentGroup) {
        const path = [chapterLabel];
        if (group.startsWith('s') || (group.startsWith('column') && sectionLabel)) path.push(sectionLabel);
        if (group.startsWith('column')) path.push(columnHeading.length ? visibleText($, columnHeading[0]!) : text);
        current = { page, chapter, path: path.filter(Boolean), passages: [] };
        currentGroup = group;
        records.push(current);
      }
      const kind: PassageKind = column.length === 0 ? 'text' : column.find('table').length > 0 ? 'indicator' : 'column';
      current.passages.push({ anchor, kind, text });
    }
  }
  return records;
}
