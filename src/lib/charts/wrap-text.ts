/**
 * Text width and line breaking for chart labels, shared by the build (static SVG, with an estimate of
 * the width) and the browser (Chart.js, with the canvas's own measureText). Chinese breaks between
 * characters; a number with its sign and unit symbol stays whole; no line starts with closing
 * punctuation or ends with opening punctuation.
 */

/** Width of a text in px, estimated on the wide side: CJK and full-width characters 1em, others about 0.6em. */
export function estimateWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2190 && c <= 0x27bf)) em += 1;
    else if (" .,:;!|'ijl".includes(ch)) em += 0.34;
    else if (ch === '%' || ch === 'm' || ch === 'w' || (ch >= 'A' && ch <= 'Z')) em += 0.9;
    else em += 0.62;
  }
  return em * size;
}

const CLOSING = new Set([...'，。、；：？！）》」』”’〕】%,.;:)]']);
const OPENING = new Set([...'（《「『“‘〔【([']);
/** A run that must not be broken: digits, Latin letters and the signs written with numbers. */
const WORD = /[A-Za-z0-9.+\-−<>≤≥×[\]/]+|./gsu;

/** Pieces that may not be split: a Latin/number run or one character, with punctuation glued on. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = '';
  for (const m of text.match(WORD) ?? []) {
    if (OPENING.has(m)) {
      pendingOpen += m;
      continue;
    }
    if (CLOSING.has(m) && out.length > 0 && !pendingOpen) {
      out[out.length - 1] += m;
      continue;
    }
    out.push(pendingOpen + m);
    pendingOpen = '';
  }
  if (pendingOpen) out.push(pendingOpen);
  return out;
}

/** Breaks a text into lines no wider than `max` (a single piece wider than `max` gets a line of its own). */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    if (line && measure(line + piece) > max) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines;
}
