/**
 * The site's Content-Security-Policy, one per page: only the site's own origin, inline scripts only from
 * a named allowlist (each allowed executable one listed by its sha256 hash), inline styles by hash, and
 * WebAssembly only where the page runs it. Pure functions over built HTML, used by the publish step.
 */
import { createHash } from 'node:crypto';
import { PREPAINT_SCRIPT } from '../reader/prepaint-script.ts';
import { htmlAttr } from '../lib/escape.ts';

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
  { name: 'reader pre-paint script', source: 'src/reader/prefs.ts (PREPAINT_SCRIPT)', text: PREPAINT_SCRIPT },
  {
    name: 'chart configuration (JSON, not executed)',
    source: 'src/components/ChartFigure.astro',
    dataBlock: { type: 'application/json', attribute: 'data-chart-config' },
  },
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

const ATTRS = String.raw`((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)\s*\/?>`;
/**
 * One pass over the markup, as a browser's tokenizer reads it (for the well-formed HTML Astro writes):
 * a comment, a <script> or <style> element with its raw text, or any other start tag with its
 * attributes. A start tag is matched whole, quoted attribute values included, so a "<script>" inside
 * an attribute value (escaped text of a setting, say) is not mistaken for an element.
 */
const MARKUP = new RegExp(String.raw`<!--[\s\S]*?-->|<(script|style)\b` + ATTRS + String.raw`([\s\S]*?)<\/\1\s*>|<[a-zA-Z][^\s/>]*` + ATTRS, 'giu');
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
function attributesOf(attrs: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, dq, sq, bare] of attrs.matchAll(ATTRIBUTE)) found.set(name!.toLowerCase(), decodeEntities(dq ?? sq ?? bare ?? ''));
  return found;
}

type Token = { kind: 'script' | 'style'; attrs: string; body: string } | { kind: 'tag'; attrs: string };

/** The page's elements that matter to the policy, in document order. */
function* tokens(html: string): Generator<Token> {
  for (const [whole, element, elementAttrs, body, tagAttrs] of html.matchAll(MARKUP)) {
    if (whole.startsWith('<!--')) continue;
    if (element) yield { kind: element.toLowerCase() as 'script' | 'style', attrs: elementAttrs ?? '', body: body ?? '' };
    else yield { kind: 'tag', attrs: tagAttrs ?? '' };
  }
}

/** The allowlist entry an inline script matches, or undefined. */
function allowedInlineScript(attributes: Map<string, string>, body: string): AllowedInlineScript | undefined {
  const type = (attributes.get('type') ?? '').trim().toLowerCase();
  if (EXECUTABLE_TYPE.test(type)) return INLINE_SCRIPTS.find((s) => s.text === body);
  return INLINE_SCRIPTS.find((s) => s.dataBlock?.type === type && attributes.has(s.dataBlock.attribute));
}

/** What one page's HTML has inline. */
export function inlineSources(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [], unknownScripts: [], eventHandlers: [] };
  const add = (list: string[], hash: string) => {
    if (!list.includes(hash)) list.push(hash);
  };
  for (const token of tokens(html)) {
    const attributes = attributesOf(token.attrs);
    if (token.kind === 'script' && !attributes.has('src')) {
      const allowed = allowedInlineScript(attributes, token.body);
      if (!allowed) found.unknownScripts.push(`<script${token.attrs}>${token.body.slice(0, 60)}${token.body.length > 60 ? '…' : ''}`);
      else if (allowed.text !== undefined) add(found.scripts, cspHash(token.body));
    }
    if (token.kind === 'style') add(found.styles, cspHash(token.body));
    for (const [name, value] of attributes) {
      if (name === 'style') add(found.styleAttributes, cspHash(value));
      else if (/^on[a-z]+$/u.test(name)) found.eventHandlers.push(`${name}="${value}"`);
    }
  }
  return found;
}

/** A settings value that reaches a page: what the CSP problems are traced to. */
export interface TracedValue {
  /** Where it is set, e.g. 'content/settings/publisher.json, field "document.issuer"'. */
  where: string;
  value: string;
}

/**
 * The build's CSP problems, one line per distinct piece of inline code however many pages carry it,
 * naming the pages, and traced to the settings field whose value it came from when one holds it (a
 * value that would need a script to be allowed: the settings file is where to fix it, not the pages).
 */
export function cspProblems(
  pages: readonly { name: string; found: Pick<InlineSources, 'unknownScripts' | 'eventHandlers'> }[],
  values: readonly TracedValue[] = [],
): string[] {
  /** Each piece of code once, with what it is, the text to trace and the pages that carry it. */
  const byCode = new Map<string, { what: string; traces: (value: string) => boolean; names: string[] }>();
  const add = (what: string, traces: (value: string) => boolean, name: string) => {
    const known = byCode.get(what);
    if (known) known.names.push(name);
    else byCode.set(what, { what, traces, names: [name] });
  };
  for (const { name, found } of pages) {
    for (const script of found.unknownScripts) {
      const code = script.replace(/…$/u, '');
      add(`inline script not in the allowlist: ${script}`, (v) => v.includes(code) || (v.length >= 8 && code.includes(v)), name);
    }
    for (const handler of found.eventHandlers) {
      const [attribute = '', value = ''] = handler.split(/="|"$/u);
      add(`inline event handler ${handler} (use a script module instead)`, (v) => v.includes(attribute) && v.includes(value), name);
    }
  }
  return [...byCode.values()].map(({ what, traces, names }) => {
    const traced = values.find(({ value }) => traces(value));
    const pagesSaid = names.length === 1 ? names[0]! : `${names[0]} and ${names.length - 1} other page${names.length > 2 ? 's' : ''}`;
    return traced
      ? `${traced.where}: its value reaches ${pagesSaid} as inline code (${what}); write it as plain text, which every page escapes`
      : `${pagesSaid}: ${what}`;
  });
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
  [...tokens(html)].flatMap((t) => (t.kind === 'script' ? (attributesOf(t.attrs).get('src') ?? []) : []));

/** Inserts the policy as the first element after <meta charset>, so it governs everything after it. */
export function withPolicyMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${htmlAttr(policy)}">`;
  const existing = /<meta http-equiv="Content-Security-Policy"[^>]*>/iu;
  if (existing.test(html)) return html.replace(existing, meta);
  const charset = /<meta charset=[^>]*>/iu;
  if (charset.test(html)) return html.replace(charset, (m) => `${m}${meta}`);
  if (/<head>/iu.test(html)) return html.replace(/<head>/iu, (m) => `${m}${meta}`);
  throw new Error('withPolicyMeta: the page has no <head> to put the Content-Security-Policy in');
}
