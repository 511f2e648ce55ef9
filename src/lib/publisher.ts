/**
 * The publisher's settings (content/settings/publisher.json), in one home: the schema, the strict
 * reading of the file and the settings the build uses. They hold the document's official facts (who
 * issued it, when, its number, the original PDF) and the site's identity as a Chinese government
 * website shows it (主办单位, 网站标识码, ICP备案号 …). Every field is optional: a fact that is not
 * set is not shown, and nothing is ever guessed.
 *
 * Checked like content, before anything is built: the file must be UTF-8 and valid JSON without a key
 * given twice; objects are strict (a misspelt key fails instead of being dropped); every text is
 * trimmed, visible, free of control and invisible characters and within its stated length; dates are
 * real and in order; addresses are http(s) or a file inside public/; numbers have the form they are
 * issued in. Each message names the file, the line and the field. Build code and pages import
 * `publisher`; tests call parsePublisher() on text or loadPublisher() on a copy of the project.
 *
 * To add a field: use the helpers below (text, httpUrl, urlOrSitePath, isoDate), which carry the
 * checks and say their limits in the JSON Schema, then `npm run settings:schema`.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { charName, showUnseen, UNSEEN, UNSEEN_ALL } from './char-names.ts';
import { formatProblem, type Problem } from './plan/problems.ts';
import { fieldIssues } from './schema-issues.ts';

/** Where the settings live, relative to the project root. */
export const PUBLISHER_FILE = 'content/settings/publisher.json';

// --- Field helpers -----------------------------------------------------------------------------

/** A value as a message shows it: at most 60 characters, invisible ones by name (⟨U+200B ZERO WIDTH SPACE⟩). */
const shown = (s: string) => `“${showUnseen(s.length > 60 ? `${s.slice(0, 60)}…` : s)}”`;
/** “…示例机关” : the few characters before a position, for messages. */
const before = (s: string, at: number) => `“${at > 12 ? '…' : ''}${showUnseen(s.slice(Math.max(0, at - 12), at))}”`;

/** What a text may not hold, as a message; undefined when it is fine. Expects a trimmed string. */
function textProblem(s: string): string | undefined {
  if (s === '') return 'leave the key out instead of writing an empty text';
  const unseen = s.match(UNSEEN_ALL);
  if (!unseen) {
    // An address pasted into a name: it would show as a link in the Markdown download, and it has its own fields.
    const address = /[a-z][a-z0-9+.-]*:\/\/|\bwww\./iu.exec(s);
    return address
      ? `holds an address (${shown(s.slice(address.index, address.index + 40))}): this field is a name or number; addresses go in document.sourcePage, document.pdf.url or site.govBadge.href`
      : undefined;
  }
  const names = [...new Set(unseen)].map(charName);
  if (s.replace(UNSEEN_ALL, '').trim() === '') return `has no visible text, only ${names.join(', ')}: write the value, or leave the key out`;
  const at = s.search(UNSEEN);
  const where = at === 0 ? 'at the start' : `after ${before(s, at)}`;
  return `contains ${names.join(', ')} (first ${where}), which readers cannot see and no page should carry: type the value again without it`;
}

const tooLong = (max: number) => (issue: { input?: unknown }) => `is ${String(issue.input ?? '').length} characters long; at most ${max} are allowed`;

/**
 * A text shown to readers: trimmed, not empty, visible, without control characters (U+0000–U+001F,
 * U+007F–U+009F, CR and tab included) or invisible ones (zero-width, direction overrides …), at most
 * `max` characters. `what` is the field's description; the limits are added to it for the schema.
 */
const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: tooLong(max) })
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(`${what} At most ${max} characters; no control or invisible characters.`);

/** A host name as DNS has it: labels of a–z, 0–9 and -, not starting or ending with -. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/iu;
function hostProblem(host: string, needsDomain: boolean): string | undefined {
  if (/^\[[0-9a-f:.]+\]$/iu.test(host) || /^\d{1,3}(\.\d{1,3}){3}$/u.test(host)) return needsDomain ? 'is an IP address, not a domain' : undefined;
  const labels = host.split('.');
  if (host.length > 253 || !labels.every((l) => LABEL.test(l))) return `${shown(host)} is not a host name (letters, digits and -, between dots)`;
  if (needsDomain && (labels.length < 2 || !/^([a-z]{2,63}|xn--[a-z0-9-]+)$/iu.test(labels.at(-1)!)))
    return `${shown(host)} is not a domain: it needs a name and a top-level domain, e.g. rst.sc.gov.cn`;
  return undefined;
}

/** Characters an address must carry percent-encoded (as a browser's address bar shows it). */
const NOT_IN_URL = /[\s"'<>\\^`{|}]|[\p{Cc}\p{Cf}]/u;

function urlProblem(s: string): string | undefined {
  if (!/^https?:\/\//iu.test(s)) return 'must be an http:// or https:// address';
  if (!/^https?:\/\/[^/?#\\]/iu.test(s)) return 'has no host name after http(s)://';
  const bad = s.match(NOT_IN_URL);
  if (bad)
    return `contains ${charName(bad[0])} (after ${before(s, bad.index!)}): write the address as the browser's address bar shows it, with such characters percent-encoded`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return 'is not a valid address';
  }
  if (url.username || url.password) return 'must not carry a user name or password';
  return hostProblem(url.hostname, false);
}

/** An http(s) address, at most 2000 characters. */
const httpUrl = (what: string) =>
  z
    .string()
    .max(2000, { error: tooLong(2000) })
    .superRefine((s, ctx) => {
      const problem = urlProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(`${what} An http:// or https:// address, at most 2000 characters.`);

/**
 * The folder site files are checked against, set by parsePublisher() for the length of one
 * (synchronous) parse: the schema stays one value for the JSON Schema and the types, and any field
 * made with urlOrSitePath()/sitePath() gets the check.
 */
let publicDir: string | undefined;

function sitePathProblem(p: string): string | undefined {
  const scheme = /^[a-z][a-z0-9+.-]{0,30}:/iu.exec(p);
  if (scheme) return `must be an http(s) address or a path inside public/; “${scheme[0]}” addresses are not allowed`;
  if (p.startsWith('/')) return 'must be a path inside public/ without a leading slash, e.g. files/plan.pdf';
  if (p.includes('\\')) return 'separates folders with \\; write / as in files/plan.pdf';
  const bad = p.match(/[\s?#%"'<>`{|}^]|[\p{Cc}\p{Cf}]/u);
  if (bad) return `contains ${charName(bad[0])}: rename the file without spaces or ? # % " ' < > and name it so`;
  const segments = p.split('/');
  if (segments.some((s) => s === '.' || s === '..')) return 'may not contain . or .. : name a file inside public/, e.g. files/plan.pdf';
  if (segments.some((s) => s === '')) return 'has an empty folder name or ends with /: name a file inside public/, e.g. files/plan.pdf';
  if (publicDir === undefined) return undefined;
  const file = join(publicDir, p);
  const named = shown(`public/${p}`);
  if (!existsSync(file)) return `${named} does not exist: copy the file there, or correct the path`;
  if (statSync(file).isDirectory()) return `${named} is a folder: name a file in it`;
  const real = relative(realpathSync(publicDir), realpathSync(file));
  if (real.startsWith(`..${sep}`) || real === '..') return `${named} is a link to a file outside public/: copy the file into public/`;
  return undefined;
}

/** A file of the site itself: a path inside public/ such as "images/badge.png"; it must exist. */
const sitePath = (what: string) =>
  z
    .string()
    .max(200, { error: tooLong(200) })
    .superRefine((s, ctx) => {
      const problem = sitePathProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(`${what} A file inside public/ (no leading slash, no .., not a folder), at most 200 characters.`);

/** An http(s) address, or a file of the site itself (a path inside public/, such as "files/plan.pdf"). */
const urlOrSitePath = (what: string) =>
  z
    .string()
    .max(2000, { error: tooLong(2000) })
    .superRefine((s, ctx) => {
      const problem = /^https?:/iu.test(s) ? urlProblem(s) : sitePathProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe(`${what} An http(s) address, or a file inside public/ (no leading slash, no .., not a folder).`);

/** The dates a setting may have: the plan was drafted from 2020 and runs to 2025; anything outside is a typo. */
const DATE_RANGE = { from: '2020-01-01', to: '2035-12-31' } as const;

const dateExists = (s: string): boolean => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
};
/** A date the checks accept: YYYY-MM-DD, on the calendar, within DATE_RANGE. */
const goodDate = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/u.test(s) && dateExists(s) && s >= DATE_RANGE.from && s <= DATE_RANGE.to;

/**
 * A date as YYYY-MM-DD that exists on the calendar, within `range` (DATE_RANGE for the plan's own
 * dates; a related document such as the plan before it may be older).
 */
const isoDate = (what: string, range: { from: string; to: string } = DATE_RANGE) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, 'write the date as YYYY-MM-DD, e.g. 2021-09-30')
    .superRefine((s, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(s)) return;
      if (!dateExists(s)) ctx.addIssue({ code: 'custom', message: 'this date does not exist' });
      else if (s < range.from || s > range.to)
        ctx.addIssue({ code: 'custom', message: `${s} is outside ${range.from} to ${range.to}, the dates this setting can have: is it a typo?` });
    })
    .describe(`${what} YYYY-MM-DD, a real date from ${range.from} to ${range.to}.`);

/** The dates a related document can have: the plans before and after this one, and their reviews. */
const RELATED_DATE_RANGE = { from: '2010-01-01', to: '2040-12-31' } as const;

/** A text of a fixed form, checked by `pattern` after the text checks. */
const formatted = (max: number, what: string, pattern: RegExp, message: string) =>
  text(max, what).superRefine((s, ctx) => {
    if (!textProblem(s) && !pattern.test(s)) ctx.addIssue({ code: 'custom', message });
  });

// --- The schema --------------------------------------------------------------------------------

const PdfSchema = z.strictObject({
  url: urlOrSitePath('Where the original PDF is: an http(s) address, or a copy in public/ ("files/plan.pdf") for intranets.'),
  bytes: z
    .int()
    .positive()
    .max(2 ** 31)
    .describe('Its size in bytes, shown as "1.2 MB".')
    .optional(),
  pages: z.int().positive().max(10_000).describe('Its number of pages.').optional(),
});

const DocumentSchema = z
  .strictObject({
    issuer: text(100, "发布机关, e.g. the issuing department's full name.").optional(),
    documentNumber: text(50, '发文字号, exactly as printed on the notice.').optional(),
    signedDate: isoDate('成文日期 (the date on the document).').optional(),
    publishedDate: isoDate('发布日期 (the date it was published), not before 成文日期.').optional(),
    sourcePage: httpUrl("The page on the issuer's website where the plan was published (原文链接).").optional(),
    pdf: PdfSchema.describe('The original PDF.').optional(),
  })
  .superRefine((doc, ctx) => {
    // Only two good dates are compared: a bad one has its own message.
    if (goodDate(doc.signedDate) && goodDate(doc.publishedDate) && doc.publishedDate < doc.signedDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedDate'],
        message: `${doc.publishedDate} is before the 成文日期 ${doc.signedDate}: a document is published on or after the date it was signed`,
      });
    }
  });

const ContactSchema = z.strictObject({
  phone: text(40, '联系电话, e.g. 028-86000000 or 028-86000000转1234.')
    .superRefine((s, ctx) => {
      if (textProblem(s)) return;
      const digits = s.replace(/转.*$/u, '').replace(/\D/gu, '').length;
      if (!/^\+?[\d\s()（）-]+(转\d{1,6})?$/u.test(s))
        ctx.addIssue({ code: 'custom', message: 'a telephone number is digits, with - ( ) + or spaces and an optional 转 extension, e.g. 028-86000000' });
      else if (digits < 5 || digits > 20) ctx.addIssue({ code: 'custom', message: `has ${digits} digits; a telephone number has 5 to 20` });
    })
    .optional(),
  email: z
    .email({ error: 'must be an e-mail address' })
    .max(254, { error: tooLong(254) })
    .describe('电子邮箱, at most 254 characters.')
    .optional(),
  address: text(200, '通信地址').optional(),
});

const SiteIdentitySchema = z.strictObject({
  sponsor: text(100, '主办单位').optional(),
  organizer: text(100, '承办单位').optional(),
  contact: ContactSchema.describe('联系方式').optional(),
  siteCode: formatted(
    10,
    "网站标识码 (issued for Chinese government websites): 10 digits, or bm and 8 digits for a department's site.",
    /^(\d{10}|bm\d{8})$/u,
    "a 网站标识码 is 10 digits (e.g. 5100000000), or bm and 8 digits for a department's site",
  ).optional(),
  icp: formatted(
    30,
    'ICP备案号 as issued, e.g. 蜀ICP备00000000号; linked to the MIIT filing site.',
    /^\p{Script=Han}ICP[备证]\d{4,12}号(-\d{1,3})?$/u,
    'an ICP备案号 reads like 蜀ICP备00000000号 (or 蜀ICP备00000000号-1): the province, ICP备, the digits, 号',
  ).optional(),
  police: formatted(
    30,
    '公安机关备案号 as issued, e.g. 川公网安备 51010000000000号; its digits make the link to the filing site.',
    /^\p{Script=Han}公网安备 ?\d{14}号$/u,
    'a 公安机关备案号 reads like 川公网安备 51010000000000号: the province, 公网安备, 14 digits, 号',
  ).optional(),
  govBadge: z
    .strictObject({
      image: sitePath('The image, a file inside public/ (a picture from another site would be a request the page policy blocks).'),
      href: httpUrl('The address the badge links to.'),
    })
    .describe('The 党政机关网站标识 image (a file inside public/) and the address it links to.')
    .optional(),
  domain: z
    .string()
    .max(253, { error: tooLong(253) })
    .superRefine((s, ctx) => {
      const problem = /[/:]/u.test(s) ? 'a domain such as rst.sc.gov.cn, without http:// or a path' : hostProblem(s, true);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe("The site's domain as registered (SiteDomain metadata), e.g. rst.sc.gov.cn; defaults to the SITE_URL host. A host name, at most 253 characters.")
    .optional(),
  columnName: text(50, "The column this plan sits in on the publisher's site (ColumnName metadata), e.g. 规划计划.").optional(),
  keywords: z
    .array(formatted(20, 'One keyword.', /^[^,，;；]+$/u, 'one keyword per entry: no commas or semicolons (the page metadata joins them with commas)'))
    .max(20, { error: 'at most 20 keywords' })
    .describe('Keywords for the page metadata, at most 20.')
    .optional(),
});

/** How a related document stands to this plan. */
const RELATIONS = ['previous', 'next', 'interpretation', 'midterm-review', 'final-review'] as const;

const RelatedDocumentSchema = z.strictObject({
  relation: z
    .enum(RELATIONS)
    .describe(
      'previous: the plan it follows (“十三五”); next: the plan that follows it (“十五五”); interpretation: its 解读; midterm-review: a 中期评估; final-review: a 总结评估.',
    ),
  title: text(200, "The document's title exactly as published, without 《》."),
  issuer: text(100, 'Who issued or published it.').optional(),
  date: isoDate('Its date (成文 or 发布).', RELATED_DATE_RANGE).optional(),
  url: urlOrSitePath('Where to read it: an http(s) address, or a copy in public/.').optional(),
});

const OfflineSchema = z.strictObject({
  enabled: z.boolean().describe("Keep a copy of the site on the reader's device after the first visit (a service worker). Default on.").default(true),
});

export const PublisherSchema = z.strictObject({
  $schema: z.string().max(200).describe('For editors: the JSON Schema that describes this file.').optional(),
  document: DocumentSchema.describe("The document's official facts, shown in the title block of the home page and /full/ and in citations.").default({}),
  site: SiteIdentitySchema.describe("The website's identity, shown in every page's footer and head metadata.").default({}),
  offline: OfflineSchema.describe('Reading offline.').default({ enabled: true }),
  related: z
    .array(RelatedDocumentSchema)
    .describe(
      "Documents related to the plan (the plans before and after it, its 解读, a 中期评估 or 总结评估), listed where the site says the plan's period has ended. Only those set are shown; none is guessed.",
    )
    .default([]),
});
export type Publisher = z.infer<typeof PublisherSchema>;

// --- Reading the file --------------------------------------------------------------------------

/** The settings file has problems: each names the file, its line and the field. */
export class PublisherError extends Error {
  readonly problems: readonly Problem[];
  constructor(file: string, problems: readonly Problem[]) {
    const n = problems.length;
    super(`${file} has ${n} problem${n === 1 ? '' : 's'}; the build stops before rendering any page:\n  ${problems.map(formatProblem).join('\n  ')}\n`);
    this.name = 'PublisherError';
    this.problems = problems;
    // The stack would only point here; the message names every place to fix.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstNonUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const [n, min] =
      b < 0x80 ? [0, 0] : b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [-1, 0];
    if (n < 0 || i + n >= bytes.length + (n ? 0 : 1)) return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

/** The file's text if it is UTF-8 (a byte order mark is dropped); otherwise a problem naming the byte. */
function decode(bytes: Uint8Array, file: string): string | Problem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, line: 1, message: 'is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8: save it as UTF-8' };
  }
  const at = firstNonUtf8(bytes);
  if (at < 0) return new TextDecoder('utf-8').decode(bytes);
  const line = bytes.subarray(0, at).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
  let hint = '';
  try {
    const lineStart = bytes.lastIndexOf(0x0a, at) + 1;
    const lineEnd = bytes.indexOf(0x0a, at);
    const asGbk = new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(lineStart, lineEnd < 0 ? undefined : lineEnd)).trim();
    hint = `; the line reads as GBK/GB 18030: ${asGbk.slice(0, 60)}`;
  } catch {
    // not GBK either: no guess
  }
  const hex = `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')}`;
  return {
    file,
    line,
    message: `is not UTF-8: the byte at offset ${at} (${hex}) is not part of a UTF-8 character${hint}. Save the file as UTF-8 (in most editors: Save with Encoding, UTF-8)`,
  };
}

/**
 * The line of each key (and array element) of valid JSON text, by its dotted path, and the keys an
 * object gives twice (JSON.parse would silently keep the last).
 */
export function jsonPlaces(source: string): { lines: Map<string, number>; duplicates: { path: string; line: number; first: number }[] } {
  type Frame = { kind: 'object'; path: string; keys: Map<string, number>; key?: string } | { kind: 'array'; path: string; index: number; pending: boolean };
  const lines = new Map<string, number>();
  const duplicates: { path: string; line: number; first: number }[] = [];
  const stack: Frame[] = [];
  const dotted = (path: string, key: string) => (path ? `${path}.${key}` : key);
  const valuePath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    return top.kind === 'object' ? dotted(top.path, top.key ?? '') : dotted(top.path, String(top.index));
  };
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      line += 1;
      continue;
    }
    if (/\s/u.test(c)) continue;
    const top = stack.at(-1);
    if (top?.kind === 'array' && top.pending && c !== ']') {
      lines.set(valuePath(), line);
      top.pending = false;
    }
    if (c === '"') {
      let j = i + 1;
      while (source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && expectKey) {
        const key = JSON.parse(source.slice(i, j + 1)) as string;
        const path = dotted(top.path, key);
        const first = top.keys.get(key);
        if (first !== undefined) duplicates.push({ path, line, first });
        else {
          top.keys.set(key, line);
          lines.set(path, line);
        }
        top.key = key;
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push({ kind: 'object', path: valuePath(), keys: new Map() });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ kind: 'array', path: valuePath(), index: 0, pending: true });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') expectKey = true;
      else {
        top.index += 1;
        top.pending = true;
      }
    }
  }
  return { lines, duplicates };
}

/** The line of a field, or of the nearest enclosing one the file has. */
const lineOfField = (lines: ReadonlyMap<string, number>, field: string): number | undefined => {
  for (let path = field; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const line = lines.get(path);
    if (line !== undefined) return line;
  }
  return undefined;
};

/** A field's schema without its optional/default wrappers. */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner._zod.def.type === 'optional' || inner._zod.def.type === 'default') inner = (inner._zod.def as unknown as { innerType: z.ZodType }).innerType;
  return inner;
}

/** The keys an object of the schema may have at a dotted path, for "did you mean" suggestions. */
function keysAt(path: string): string[] {
  let schema: z.ZodType = PublisherSchema;
  for (const step of path ? path.split('.') : []) {
    const inner = unwrapSchema(schema);
    if (inner._zod.def.type === 'object') schema = ((inner as z.ZodObject).shape as Record<string, z.ZodType>)[step] ?? z.never();
    else if (inner._zod.def.type === 'array') schema = (inner as z.ZodArray).element as z.ZodType;
    else return [];
  }
  const inner = unwrapSchema(schema);
  return inner._zod.def.type === 'object' ? Object.keys((inner as z.ZodObject).shape) : [];
}

export interface ParseOptions {
  /** How messages name the file. */
  file?: string;
  /** When given, a path inside public/ must name a file there. */
  publicDir?: string;
}

/** Validates the file's text (or bytes); throws a PublisherError naming the file, line and field of each problem. */
export function parsePublisher(raw: string | Uint8Array, options: ParseOptions = {}): Publisher {
  const file = options.file ?? PUBLISHER_FILE;
  const text = typeof raw === 'string' ? raw.replace(/^\ufeff/u, '') : decode(raw, file);
  if (typeof text !== 'string') throw new PublisherError(file, [text]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/u.exec(message)?.[1];
    throw new PublisherError(file, [{ file, ...(line ? { line: Number(line) } : {}), message: `is not valid JSON (${message})` }]);
  }
  const { lines, duplicates } = jsonPlaces(text);
  const problems: Problem[] = duplicates.map((d) => ({
    file,
    line: d.line,
    field: d.path,
    message: `is given twice (lines ${d.first} and ${d.line}); JSON keeps only the last: keep one`,
  }));
  publicDir = options.publicDir;
  let result: ReturnType<typeof PublisherSchema.safeParse>;
  try {
    result = PublisherSchema.safeParse(data);
  } finally {
    publicDir = undefined;
  }
  if (!result.success) {
    for (const issue of fieldIssues(result.error, keysAt)) {
      const line = lineOfField(lines, issue.field);
      problems.push({ file, ...(line !== undefined ? { line } : {}), field: issue.field === '(record)' ? '(top level)' : issue.field, message: issue.message });
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length || !result.success) throw new PublisherError(file, problems);
  return result.data;
}

/** Reads and checks the settings of the project at `root`. */
export function loadPublisher(root: string = process.cwd()): Publisher {
  const path = join(root, PUBLISHER_FILE);
  if (!existsSync(path))
    throw new PublisherError(PUBLISHER_FILE, [{ file: PUBLISHER_FILE, message: 'is missing: restore it (every field is optional, so {} is a valid file)' }]);
  return parsePublisher(readFileSync(path), { publicDir: join(root, 'public') });
}

/** Every text value of the settings with its field ("document.issuer", "site.keywords.0"), for messages about where a value went. */
export function publisherValues(settings: unknown, path = ''): { field: string; value: string }[] {
  if (typeof settings === 'string') return path === '$schema' ? [] : [{ field: path, value: settings }];
  if (settings === null || typeof settings !== 'object') return [];
  return Object.entries(settings).flatMap(([key, value]) => publisherValues(value, path ? `${path}.${key}` : key));
}

/** The settings file's JSON Schema (for editors), as written to content/settings/publisher.schema.json. */
export const publisherJsonSchema = (): string => `${JSON.stringify(z.toJSONSchema(PublisherSchema, { io: 'input' }), null, 2)}\n`;

/** The project's settings, read and checked once when the build starts (astro.config.mjs imports this module first). */
export const publisher: Publisher = loadPublisher();
