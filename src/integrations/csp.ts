/**
 * The site's Content-Security-Policy, one per page: only the site's own origin, inline scripts only from
 * a named allowlist (each allowed executable one listed by its sha256 hash), inline styles by hash, and
 * WebAssembly only where the page runs it. Pure functions over built HTML, used by the publish step.
 */
import { createHash } from 'node:crypto';
import { PREPAINT_SCRIPT } from '../lib/prepaint-script.ts';

/**
 * The only inline <script> elements a page may contain. An executable one must equal `text` exactly and
 * is allowed by its hash; a data block (a type the browser never runs) must have `type` and carry
 * `attribute`, and needs no hash. Any other inline script fails the build: it is not hashed.
 */
export interface AllowedInlineScript {
  /** What it is, for messages. */
  name: string;
  /** Where it comes from, so a reader of an error knows which file to look at. */
  source: string;
  /** An executable script: its exact text. */
  text?: string;
  /** A data block: its type and the attribute that marks it. */
  dataBlock?: { type: string; attribute: string };
}

export const INLINE_SCRIPTS: readonly AllowedInlineScript[] = [
  { name: 'reader pre-paint script', source: 'src/lib/reader-prefs.ts (PREPAINT_SCRIPT)', text: PREPAINT_SCRIPT },
  { name: 'chart configuration (JSON, not executed)', source: 'src/components/ChartFigure.astro', dataBlock: { type: 'application/json', attribute: 'data-chart-config' } },
];

/** What one page contains inline, as CSP hash sources ('sha256-…'), and what it may not contain. */
export interface InlineSources {
  /** Allowed executable inline scripts. */
  scripts: string[];
  /** Every <style> element. */
  styles: string[];
  /** Every style="" attribute value. */
  styleAttributes: string[];
  /** Inline scripts not in INLINE_SCRIPTS (their opening text): the build fails on them. */
  unknownScripts: string[];
  /** Every on*="" event handler attribute: never allowed, the build fails on them. */
  eventHandlers: string[];
}

export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu;
// Attributes inside start tags; good enough for the well-formed HTML Astro writes.
const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gu;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;
/** Script types a browser executes (or treats as script for the CSP); any other type is a data block. */
const EXECUTABLE_TYPE = /^(|module|importmap|speculationrules|(text|application)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript))$/u;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
/** Attribute values are hashed as the browser sees them: after character references are decoded. */
export const decodeEntities = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

/** The attributes of a start tag's attribute text, names lower-cased, values decoded. */
export function attributesOf(attrs: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, dq, sq, bare] of attrs.matchAll(ATTRIBUTE)) found.set(name!.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
  return found;
}

/** The allowlist entry an inline script matches, or undefined. */
export function allowedInlineScript(attributes: Map<string, string>, body: string): AllowedInlineScript | undefined {
  const type = (attributes.get('type') ?? '').trim().toLowerCase();
  if (EXECUTABLE_TYPE.test(type)) return INLINE_SCRIPTS.find((s) => s.text === body);
  return INLINE_SCRIPTS.find((s) => s.dataBlock?.type === type && attributes.has(s.dataBlock.attribute));
}

/** What one page's HTML has inline. */
export function inlineSources(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [], unknownScripts: [], eventHandlers: [] };
  for (const [, attrText, body] of html.matchAll(SCRIPT)) {
    const attributes = attributesOf(attrText ?? '');
    if (attributes.has('src')) continue;
    const allowed = allowedInlineScript(attributes, body!);
    if (!allowed) found.unknownScripts.push(`<script${attrText}>${body!.slice(0, 60)}${body!.length > 60 ? '…' : ''}`);
    else if (allowed.text !== undefined && !found.scripts.includes(cspHash(body!))) found.scripts.push(cspHash(body!));
  }
  // Script and style bodies are not markup: blank them before looking at attributes.
  const markup = html.replace(SCRIPT, '<script></script>').replace(STYLE, (_, body: string) => {
    if (!found.styles.includes(cspHash(body))) found.styles.push(cspHash(body));
    return '<style></style>';
  });
  for (const [, attrs] of markup.matchAll(TAG)) {
    for (const [name, value] of attributesOf(attrs ?? '')) {
      if (name === 'style') {
        if (!found.styleAttributes.includes(cspHash(value))) found.styleAttributes.push(cspHash(value));
      } else if (/^on[a-z]+$/u.test(name)) found.eventHandlers.push(`${name}="${value}"`);
    }
  }
  return found;
}

export interface PolicyOptions {
  /** Allow WebAssembly compilation: only on a page that runs Pagefind's search. */
  wasm?: boolean;
}

/**
 * The policy a page carries in a <meta http-equiv> element. Directives a <meta> policy may not
 * carry (frame-ancestors) live in HEADER_ONLY_DIRECTIVES and go into server headers only.
 */
export function buildPolicy(sources: Pick<InlineSources, 'scripts' | 'styles' | 'styleAttributes'>, options: PolicyOptions = {}): string {
  const script = ["'self'", ...(options.wasm ? ["'wasm-unsafe-eval'"] : []), ...sources.scripts];
  const style = ["'self'", ...sources.styles];
  // CSP3: hashes of style="" attributes only count with 'unsafe-hashes'.
  if (sources.styleAttributes.length) style.push("'unsafe-hashes'", ...sources.styleAttributes);
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${style.join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Only valid in a response header, ignored (with a console warning) in <meta>. */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'self'";

/** Security headers every response should carry, besides the CSP. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The src of every external <script> of a page, in document order. */
export const scriptSources = (html: string): string[] =>
  [...html.matchAll(SCRIPT)].flatMap(([, attrs]) => attributesOf(attrs ?? '').get('src') ?? []);

/** Inserts the policy as the first element after <meta charset>, so it governs everything after it. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/gu, '&quot;')}">`;
  const existing = /<meta http-equiv="Content-Security-Policy"[^>]*>/iu;
  if (existing.test(html)) return html.replace(existing, meta);
  const charset = /<meta charset=[^>]*>/iu;
  if (charset.test(html)) return html.replace(charset, (m) => `${m}${meta}`);
  if (/<head>/iu.test(html)) return html.replace(/<head>/iu, (m) => `${m}${meta}`);
  throw new Error('withPolicyMeta: the page has no <head> to put the Content-Security-Policy in');
}
