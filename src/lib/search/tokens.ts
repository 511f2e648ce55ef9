/**
 * What Pagefind indexes for the plan. Pagefind's Chinese handling splits and prefix-matches words,
 * which finds 养老 … 保险 for 养老保险; instead each record is indexed as the set of characters it
 * contains, each written as an ASCII token so no word splitting, stemming or prefix match can
 * change it. Pagefind returns the records holding every character of the query (candidates); the
 * browser then keeps the passages that contain each term (src/lib/search/query.ts).
 *
 * Measured alternatives (index bytes, see README): every character with its positions (52 KB),
 * one record per paragraph (37 KB), dropping frequent characters (smaller index, but 就业 or 社会保障
 * would then need every record). One record per section with distinct characters: 27 KB.
 */

/** Code points below this (all common Chinese characters) get 3 base-36 digits, starting 0 to v. */
const SHORT_LIMIT = 0xa000;

/**
 * One character as a word of ASCII letters and digits: 3 base-36 digits below U+A000, else w + 4
 * digits (all of Unicode fits). No token is a prefix of another, so Pagefind's prefix matching
 * cannot widen a match; short tokens keep the fragments small.
 */
export const charToken = (c: string): string => {
  const cp = c.codePointAt(0)!;
  return cp < SHORT_LIMIT ? cp.toString(36).padStart(3, '0') : `w${cp.toString(36).padStart(4, '0')}`;
};

/** The distinct tokens of a text (in comparable form), sorted so fragments compress well. */
export const tokensOf = (text: string): string[] =>
  [...new Set([...text].filter((c) => !/\s/u.test(c)).map(charToken))].sort();
