/**
 * The publisher's settings: the document's official facts (who issued it, when, its number, the
 * original PDF) and the site's identity as a Chinese government website shows it (主办单位, 网站标识码,
 * ICP备案号 …). Every field is optional: a fact that is not set is not shown, and nothing is ever
 * guessed. Strict objects, so a misspelled key fails the build instead of being dropped.
 */
import { z } from 'astro/zod';

/** A date as YYYY-MM-DD that exists on the calendar. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD, e.g. 2021-09-30')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'this date does not exist');

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' });

/** A file of the site itself: a path inside public/, such as "files/plan.pdf". */
const sitePath = z.string().regex(/^(?!\/)(?![a-z][a-z0-9+.-]*:)[^\s?#]+$/i, 'must be a path inside public/ without a leading slash, e.g. images/badge.png');

/** An http(s) address, or a file of the site itself (a path inside public/, such as "files/plan.pdf"). */
const urlOrSitePath = z.union([httpUrl, sitePath], {
  error: 'must be an http(s) address or a path inside public/ without a leading slash',
});

const text = z.string().trim().min(1, 'leave the key out instead of writing an empty text');

export const PdfSchema = z.strictObject({
  url: urlOrSitePath.describe('Where the original PDF is: an http(s) address, or a copy in public/ ("files/plan.pdf") for intranets.'),
  bytes: z.int().positive().describe('Its size in bytes, shown as "1.2 MB".').optional(),
  pages: z.int().positive().describe('Its number of pages.').optional(),
});

export const DocumentSchema = z.strictObject({
  issuer: text.describe('发布机关, e.g. the issuing department\'s full name.').optional(),
  documentNumber: text.describe('发文字号, exactly as printed on the notice.').optional(),
  signedDate: isoDate.describe('成文日期 (the date on the document), YYYY-MM-DD.').optional(),
  publishedDate: isoDate.describe('发布日期 (the date it was published), YYYY-MM-DD.').optional(),
  sourcePage: httpUrl.describe('The page on the issuer\'s website where the plan was published (原文链接).').optional(),
  pdf: PdfSchema.describe('The original PDF.').optional(),
});

export const ContactSchema = z.strictObject({
  phone: text.describe('联系电话').optional(),
  email: z.email({ error: 'must be an e-mail address' }).describe('电子邮箱').optional(),
  address: text.describe('通信地址').optional(),
});

export const SiteIdentitySchema = z.strictObject({
  sponsor: text.describe('主办单位').optional(),
  organizer: text.describe('承办单位').optional(),
  contact: ContactSchema.describe('联系方式').optional(),
  siteCode: z.string().regex(/^[0-9A-Za-z]{6,20}$/, 'a 网站标识码 is letters and digits only, e.g. 5100000000').describe('网站标识码 (issued for Chinese government websites), letters and digits.').optional(),
  icp: text.describe('ICP备案号 as issued, e.g. 蜀ICP备00000000号; linked to the MIIT filing site.').optional(),
  police: z.string().regex(/\d{6,}/, 'a 公安机关备案号 contains its record number, e.g. 川公网安备 51010000000000号').describe('公安机关备案号 as issued, e.g. 川公网安备 00000000000000号; its digits make the link to the filing site.').optional(),
  govBadge: z.strictObject({ image: sitePath.describe('The image, a file inside public/ (a picture from another site would be a request the page policy blocks).'), href: httpUrl }).describe('The 党政机关网站标识 image (a file inside public/) and the address it links to.').optional(),
  domain: z.string().regex(/^[a-z0-9.-]+$/i, 'a domain such as rst.sc.gov.cn, without http://').describe('The site\'s domain as registered (SiteDomain metadata), e.g. rst.sc.gov.cn; defaults to the SITE_URL host.').optional(),
  columnName: text.describe('The column this plan sits in on the publisher\'s site (ColumnName metadata), e.g. 规划计划.').optional(),
  keywords: z.array(text).describe('Keywords for the page metadata.').optional(),
});

/** How a related document stands to this plan. */
export const RELATIONS = ['previous', 'next', 'interpretation', 'midterm-review', 'final-review'] as const;

export const RelatedDocumentSchema = z.strictObject({
  relation: z.enum(RELATIONS).describe('previous: the plan it follows (“十三五”); next: the plan that follows it (“十五五”); interpretation: its 解读; midterm-review: a 中期评估; final-review: a 总结评估.'),
  title: text.describe('The document\'s title exactly as published, without 《》.'),
  issuer: text.describe('Who issued or published it.').optional(),
  date: isoDate.describe('Its date (成文 or 发布), YYYY-MM-DD.').optional(),
  url: urlOrSitePath.describe('Where to read it: an http(s) address, or a copy in public/.').optional(),
});
export type RelatedDocument = z.infer<typeof RelatedDocumentSchema>;

export const OfflineSchema = z.strictObject({
  enabled: z.boolean().describe('Keep a copy of the site on the reader\'s device after the first visit (a service worker). Default on.').default(true),
});

export const PublisherSchema = z.strictObject({
  $schema: z.string().describe('For editors: the JSON Schema that describes this file.').optional(),
  document: DocumentSchema.describe('The document\'s official facts, shown in the title block of the home page and /full/ and in citations.').default({}),
  site: SiteIdentitySchema.describe('The website\'s identity, shown in every page\'s footer and head metadata.').default({}),
  offline: OfflineSchema.describe('Reading offline.').default({ enabled: true }),
  related: z.array(RelatedDocumentSchema).describe('Documents related to the plan (the plans before and after it, its 解读, a 中期评估 or 总结评估), listed where the site says the plan\'s period has ended. Only those set are shown; none is guessed.').default([]),
});
export type Publisher = z.infer<typeof PublisherSchema>;
export type PublisherInput = z.input<typeof PublisherSchema>;

/** Where the settings live, relative to the project root. */
export const PUBLISHER_FILE = 'content/settings/publisher.json';

/** Validates the file's text; the error names the file and each bad field (document.pdf.url: …). */
export function parsePublisher(raw: string, file: string = PUBLISHER_FILE): Publisher {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = PublisherSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(top level)';
    const message = issue.code === 'unrecognized_keys' ? `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; see the README for the fields` : issue.message;
    return `  field "${field}": ${message}`;
  });
  throw new Error(`${file} has ${problems.length} problem(s):\n${problems.join('\n')}`);
}

/** The settings file's JSON Schema (for editors), as written to content/settings/publisher.schema.json. */
export const publisherJsonSchema = (): string => `${JSON.stringify(z.toJSONSchema(PublisherSchema, { io: 'input' }), null, 2)}\n`;
