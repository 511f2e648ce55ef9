/**
 * The site's Content-Security-Policy: only its own origin, and inline code only when its sha256 hash
 * is listed. Pure functions over built HTML, so the build step and the tests agree on what is inline.
 */
import { createHash } from 'node:crypto';

/** What the built pages contain inline, as CSP hash sources ('sha256-…'). */
export interface InlineSources {
  /** Every inline <script> element (any type: hashing a data block is harmless, missing one is not). */
  scripts: string[];
  /** Every <style> element. */
  styles: string[];
  /** Every style="" attribute value. */
  styleAttributes: string[];
  /** Every on*="" event handler attribute: never allowed, reported so a test can fail on it. */
  eventHandlers: string[];
}

export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/giu;
// Attributes inside start tags; good enough for the well-formed HTML Astro writes.
const TAG = /<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gu;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gu;

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

/** Hashes of everything inline in one page's HTML. */
export function inlineSources(html: string): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [] };
  for (const [, attrs, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/iu.test(` ${attrs}`)) continue;
    found.scripts.push(cspHash(body!));
  }
  // Script and style bodies are not markup: blank them before looking at attributes.
  const markup = html.replace(SCRIPT, '<script></script>').replace(STYLE, (_, body: string) => {
    found.styles.push(cspHash(body));
    return '<style></style>';
  });
  for (const [, attrs] of markup.matchAll(TAG)) {
    for (const [, name, dq, sq, bare] of (attrs ?? '').matchAll(ATTRIBUTE)) {
      const value = decodeEntities(dq ?? sq ?? bare ?? '');
      const lower = name!.toLowerCase();
      if (lower === 'style') found.styleAttributes.push(cspHash(value));
      else if (/^on[a-z]+$/u.test(lower)) found.eventHandlers.push(`${name}="${value}"`);
    }
  }
  return found;
}

/** Merges the inline sources of many pages, without repeats, in a stable order. */
export function mergeSources(all: InlineSources[]): InlineSources {
  const merged = (key: keyof InlineSources) => [...new Set(all.flatMap((s) => s[key]))].sort();
  return { scripts: merged('scripts'), styles: merged('styles'), styleAttributes: merged('styleAttributes'), eventHandlers: merged('eventHandlers') };
}

export interface PolicyOptions {
  /** Allow WebAssembly compilation (Pagefind's search runs in wasm). */
  wasm?: boolean;
}

/**
 * The policy every page carries in a <meta http-equiv> element. Directives a <meta> policy may not
 * carry (frame-ancestors) live in HEADER_ONLY_DIRECTIVES and go into server headers only.
 */
export function buildPolicy(sources: InlineSources, options: PolicyOptions = {}): string {
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
