/**
 * What Pagefind indexes for the plan. Pagefind's Chinese handling splits and prefix-matches words,
 * which finds 养老 … 保险 for 养老保险; instead each record (one per part of the plan, see
 * src/integrations/pagefind-plan.ts) is indexed as the set of characters it contains, each written
 * as an ASCII token so no word splitting, stemming or prefix match can change it. Pagefind returns
 * the parts holding characters of the query (candidates); the browser then keeps the passages that
 * contain each term (src/scripts/search/search-plan.ts, src/lib/search/results.ts).
 *
 * Every character of the plan has one fixed position in every record's content (the position of
 * the character in the plan's alphabet); a record that lacks it has a filler there. Pagefind stores
 * a position with each entry, and the same position in every record makes a character's entries
 * repeat byte for byte, which gzip packs tightly (9.6 KB instead of 12.6 KB for one record per
 * page); it also tells the browser which records hold every character of a query (as many
 * positions found as tokens). The README's search section lists the designs measured.
 */

/** Code points below this (all common Chinese characters) get 3 base-36 digits, starting 0 to v. */
const SHORT_LIMIT = 0xa000;

/** Pagefind drops this as a word (it is punctuation) but counts its position. */
export const FILLER = '|';

/**
 * One character as a word of ASCII letters and digits: 3 base-36 digits below U+A000, else w + 4
 * digits (all of Unicode fits). No token is a prefix of another, so Pagefind's prefix matching
 * cannot widen a match.
 */
export const charToken = (c: string): string => {
  const cp = c.codePointAt(0)!;
  return cp < SHORT_LIMIT ? cp.toString(36).padStart(3, '0') : `w${cp.toString(36).padStart(4, '0')}`;
};

/** The distinct characters of a text, whitespace left out. */
export const charsOf = (text: string): Set<string> => new Set([...text].filter((c) => !/\s/u.test(c)));

/** The distinct tokens of a text (in comparable form), sorted. */
export const tokensOf = (text: string): string[] => [...charsOf(text)].map(charToken).sort();

/** Every distinct character of the texts, in code point order: the positions of recordContent. */
export function alphabetOf(texts: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const text of texts) for (const c of charsOf(text)) all.add(c);
  return [...all].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}

/**
 * The content Pagefind indexes for a record: the alphabet's characters at their positions, those
 * the record holds as tokens, the others as fillers (none after the last token).
 */
export function recordContent(chars: ReadonlySet<string>, alphabet: readonly string[]): string {
  const known = new Set(alphabet);
  const missing = [...chars].filter((c) => !known.has(c));
  if (missing.length > 0) throw new Error(`Search index: characters outside the alphabet: ${missing.join(' ')}`);
  const words = alphabet.map((c) => (chars.has(c) ? charToken(c) : FILLER));
  while (words.at(-1) === FILLER) words.pop();
  return words.join(' ');
}
