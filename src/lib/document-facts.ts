/**
 * The document's facts for its title block (home page and /full/), from the publisher's settings:
 * 发布机关, 发文字号, 成文日期, 发布日期, the original on the issuer's site, the original PDF. Only what
 * is set, in that order; nothing is guessed.
 */
import type { Publisher } from './publisher.ts';
import { t, type UiKey } from '../i18n/ui.ts';
import { chineseDate, formatBytes } from './format.ts';

export interface DocumentFact {
  label: string;
  text: string;
  /** A link: the original page or the PDF (an http(s) address, or a path inside the site). */
  href?: string;
  /** The PDF's size and pages, after its link. */
  note?: string;
}

export function documentFacts(doc: Publisher['document'], resolvePath: (path: string) => string): DocumentFact[] {
  const facts: DocumentFact[] = [];
  const add = (label: UiKey, text: string | undefined, more: Omit<DocumentFact, 'label' | 'text'> = {}) => {
    if (text) facts.push({ label: t(label), text, ...more });
  };
  add('doc.issuer', doc.issuer);
  add('doc.number', doc.documentNumber);
  add('doc.signed', doc.signedDate && chineseDate(doc.signedDate));
  add('doc.published', doc.publishedDate && chineseDate(doc.publishedDate));
  add('doc.source', doc.sourcePage && t('doc.sourceLink'), { href: doc.sourcePage });
  if (doc.pdf) {
    const note = [doc.pdf.bytes ? formatBytes(doc.pdf.bytes) : '', doc.pdf.pages ? t('doc.pdfPages').replace('{pages}', String(doc.pdf.pages)) : '']
      .filter(Boolean)
      .join('，');
    add('doc.pdf', t('doc.pdfLink'), { href: /^https?:/u.test(doc.pdf.url) ? doc.pdf.url : resolvePath(doc.pdf.url), ...(note ? { note } : {}) });
  }
  return facts;
}
