/**
 * What every download of the plan is made from, and what they share: the plan model, the errata, the
 * publisher's document facts (only those that are set: nothing is guessed) and where the site lives,
 * for the address of each passage. Pure: the downloads routes (src/pages/downloads/_files.ts)
 * and the tests hand it the same inputs.
 */
import { citeLocation } from '../citation.ts';
import { TITLE_ERRATUM, type Erratum } from '../plan/errata-schema.ts';
import type { Passage, PlanModel } from '../plan/model.ts';
import type { Publisher } from '../publisher.ts';
import { t } from '../../i18n/ui.ts';
import { chineseDate } from '../format.ts';

/** Where the title's repair is, as the 勘误说明 page says it. */
const TITLE_LOCATION = '规划标题';

export interface ExportInput {
  plan: PlanModel;
  errata: readonly Erratum[];
  /** The publisher's document facts (content/settings/publisher.json `document`). */
  document: Publisher['document'];
  /** SITE_URL's origin when the build knows it; without it, addresses are paths from the host's root. */
  site?: string | undefined;
  /** The base path, with leading and trailing slash. */
  base: string;
}

/** A passage's address on the site: absolute when the build knows its origin, else a path from the root. */
export function passageUrl(input: Pick<ExportInput, 'site' | 'base'>, passage: Pick<Passage, 'page' | 'anchor'>): string {
  const path = `${input.base}${passage.page}${passage.anchor ? `#${passage.anchor}` : ''}`;
  return input.site ? new URL(path, input.site).href : path;
}

/** The site's home page address, or undefined when the build does not know its origin. */
export const siteHome = (input: Pick<ExportInput, 'site' | 'base'>): string | undefined => (input.site ? new URL(input.base, input.site).href : undefined);

/** The document facts the publisher has set, as label and value, in the order a title page lists them. */
export function documentFacts(document: Publisher['document'], where: Pick<ExportInput, 'site' | 'base'> = { base: '/' }): { label: string; value: string }[] {
  const pdf =
    document.pdf &&
    (/^https?:/u.test(document.pdf.url)
      ? document.pdf.url
      : where.site
        ? new URL(`${where.base}${document.pdf.url}`, where.site).href
        : `${where.base}${document.pdf.url}`);
  const facts: { label: string; value: string | undefined }[] = [
    { label: t('export.issuer'), value: document.issuer },
    { label: t('export.documentNumber'), value: document.documentNumber },
    { label: t('export.signedDate'), value: document.signedDate && chineseDate(document.signedDate) },
    { label: t('export.publishedDate'), value: document.publishedDate && chineseDate(document.publishedDate) },
    { label: t('export.sourcePage'), value: document.sourcePage },
    { label: t('export.pdf'), value: pdf },
  ];
  return facts.filter((f): f is { label: string; value: string } => !!f.value);
}

/** The lines that say what the file is (UI text, not plan text): where it comes from and where the site is. */
export function exportNote(input: ExportInput): string[] {
  const home = siteHome(input);
  return [t('export.note'), ...(home ? [t('export.web', { url: home })] : [])];
}

export interface ErratumEntry {
  /** 1-based, as the 勘误说明 page numbers them. */
  n: number;
  erratum: Erratum;
  /** Where it is, as a citation names it: 第三章第一节第1段, 第一章专栏1第5项. */
  location: string;
  passage: Passage;
  url: string;
  /** The texts the list shows (the erratum's summary where it has one). */
  original: string;
  corrected: string;
}

/** Every repair, with where it is, in the order of the 勘误说明 page. */
export function errataEntries(input: ExportInput): ErratumEntry[] {
  return input.errata.map((erratum, i) => {
    // The title's repair names the title ("title"), which has no anchor of its own.
    const isTitle = erratum.anchor === TITLE_ERRATUM;
    const passage = input.plan.passages.find((p) => (isTitle ? p.kind === 'title' : p.anchor === erratum.anchor));
    if (!passage) throw new Error(`erratum ${erratum.id}: the plan has no passage ${erratum.anchor}`);
    return {
      n: i + 1,
      erratum,
      location: isTitle ? TITLE_LOCATION : citeLocation(erratum.anchor, passage.chapter),
      passage,
      url: passageUrl(input, passage),
      original: erratum.summary?.original ?? erratum.original,
      corrected: erratum.summary?.corrected ?? erratum.corrected,
    };
  });
}
