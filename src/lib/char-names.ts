/**
 * Characters a reader cannot see (or sees only as a gap), named as the Unicode standard names them,
 * so a message can say what it found: "U+200B ZERO WIDTH SPACE" rather than an invisible "\u200B". Used by
 * the settings' checks (src/lib/publisher.ts) and the plan's (src/lib/plan/check-plan.ts, fidelity.ts).
 */

const C0 = [
  'NULL',
  'START OF HEADING',
  'START OF TEXT',
  'END OF TEXT',
  'END OF TRANSMISSION',
  'ENQUIRY',
  'ACKNOWLEDGE',
  'BELL',
  'BACKSPACE',
  'CHARACTER TABULATION',
  'LINE FEED',
  'LINE TABULATION',
  'FORM FEED',
  'CARRIAGE RETURN',
  'SHIFT OUT',
  'SHIFT IN',
  'DATA LINK ESCAPE',
  'DEVICE CONTROL ONE',
  'DEVICE CONTROL TWO',
  'DEVICE CONTROL THREE',
  'DEVICE CONTROL FOUR',
  'NEGATIVE ACKNOWLEDGE',
  'SYNCHRONOUS IDLE',
  'END OF TRANSMISSION BLOCK',
  'CANCEL',
  'END OF MEDIUM',
  'SUBSTITUTE',
  'ESCAPE',
  'INFORMATION SEPARATOR FOUR',
  'INFORMATION SEPARATOR THREE',
  'INFORMATION SEPARATOR TWO',
  'INFORMATION SEPARATOR ONE',
];

const NAMES: Record<number, string> = {
  0x20: 'SPACE',
  0x22: 'QUOTATION MARK',
  0x23: 'NUMBER SIGN',
  0x25: 'PERCENT SIGN',
  0x27: 'APOSTROPHE',
  0x3c: 'LESS-THAN SIGN',
  0x3e: 'GREATER-THAN SIGN',
  0x3f: 'QUESTION MARK',
  0x5c: 'REVERSE SOLIDUS',
  0x5e: 'CIRCUMFLEX ACCENT',
  0x60: 'GRAVE ACCENT',
  0x7b: 'LEFT CURLY BRACKET',
  0x7c: 'VERTICAL LINE',
  0x7d: 'RIGHT CURLY BRACKET',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x1680: 'OGHAM SPACE MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2004: 'THREE-PER-EM SPACE',
  0x2005: 'FOUR-PER-EM SPACE',
  0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2008: 'PUNCTUATION SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfffc: 'OBJECT REPLACEMENT CHARACTER',
  0xfffd: 'REPLACEMENT CHARACTER',
};

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** "U+200B ZERO WIDTH SPACE"; a character without a listed name says what kind it is. */
export function charName(char: string): string {
  const cp = char.codePointAt(0)!;
  const name = cp < 0x20 ? C0[cp] : NAMES[cp];
  if (name) return `${hex(cp)} ${name}`;
  if (/\p{Cc}/u.test(char)) return `${hex(cp)} (a control character)`;
  if (/\p{Cf}/u.test(char)) return `${hex(cp)} (an invisible format character)`;
  if (/\p{Co}/u.test(char)) return `${hex(cp)} (a private-use character no font shows)`;
  if (/\p{Cs}/u.test(char)) return `${hex(cp)} (half of a character: a lone surrogate)`;
  if (/\p{Zs}/u.test(char)) return `${hex(cp)} (a space)`;
  return hex(cp);
}

/**
 * What no text of the site may hold: control characters (U+0000–U+001F, U+007F–U+009F, CR and tab
 * included), invisible format characters (zero-width ones, direction overrides, the byte order mark,
 * the soft hyphen), line and paragraph separators, private-use characters, lone surrogates, the
 * fillers that show as nothing, and U+FFFD (what a wrong encoding leaves behind).
 */
export const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\u034f\u115f\u1160\u3164\uffa0\ufffc\ufffd]/u;
export const UNSEEN_ALL = new RegExp(UNSEEN.source, 'gu');

/** Spaces other than U+0020 SPACE: each shows as a gap of its own width, and a reader's search does not match them. */
export const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;

/** The text with every unseen character or odd space written as ⟨U+200B ZERO WIDTH SPACE⟩, for messages. */
export const showUnseen = (text: string): string =>
  text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Zs}\u034f\u115f\u1160\u3164\uffa0\ufffc\ufffd]/gu, (c) => (c === ' ' ? c : `⟨${charName(c)}⟩`));
