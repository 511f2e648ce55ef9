/**
 * Suggestions for a query with few or no results: other queries the reader may mean, each with the
 * number of passages it finds, for the search page to offer as links. They never change the exact
 * result of the query typed. Pure: every count is worked out with verify() over records that hold
 * every passage containing any character of the query and of the suggested forms, so a count is the
 * number of results the suggested query shows.
 */
import { comparable } from './comparable.ts';
import type { OrderedRecord } from './payload.ts';
import { verify } from './results.ts';

/** Fewer results than this and the search page works out suggestions. */
export const FEW_RESULTS = 10;

/** A query to offer, with the number of passages it finds. */
export interface QuerySuggestion {
  terms: string[];
  count: number;
}

/** A section or 专栏 whose passages together hold every term. */
export interface SectionSuggestion {
  page: string;
  /** The anchor of its heading ('' for the home page's title). */
  anchor: string;
  /** Where it is: 第三章 健全多层次社会保障体系 › 第二节 完善社会保障制度体系. */
  label: string;
}

export interface Suggestions {
  /** The query with another form of a term the plan also uses (社保卡 -> 社会保障卡). */
  aliases: QuerySuggestion[];
  /** A term found nowhere: the longest pieces of it that occur (延迟退休 -> 延迟, 退休), and the pieces together when they occur together. */
  parts: { term: string; pieces: QuerySuggestion[]; together?: QuerySuggestion }[];
  /** Several terms: each one alone, with its count (0 when it occurs nowhere). */
  terms: QuerySuggestion[];
  /** Several terms: sections and 专栏 that hold all of them, some in paragraphs that are not results. */
  sections: SectionSuggestion[];
}

const count = (records: readonly OrderedRecord[], terms: readonly string[]) => verify(records, terms).length;

/** Pieces this long at most are looked for inside a term. */
const MAX_PIECE = 20;

/**
 * The characters whose passages must be in the records given to suggest(): those of the terms and of
 * every alias form the terms could turn into.
 */
export function suggestionChars(terms: readonly string[], aliases: readonly (readonly [string, string])[]): string[] {
  const chars = new Set(terms.flatMap((t) => [...comparable(t)]));
  for (const alias of aliasVariants(terms, aliases)) for (const c of comparable(alias.join(''))) chars.add(c);
  return [...chars];
}

/** Every query that swaps one form of an alias pair for the other in one term. */
function aliasVariants(terms: readonly string[], aliases: readonly (readonly [string, string])[]): string[][] {
  const out: string[][] = [];
  terms.forEach((term, i) => {
    for (const [a, b] of aliases) {
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        if (term.includes(from) && !term.includes(to)) out.push(terms.map((t, j) => (j === i ? term.replaceAll(from, to) : t)));
      }
    }
  });
  return out;
}

/**
 * Suggestions for `terms` (normalised, as the search ran them), which found `hits` passages.
 * `records` must hold every passage with any character of suggestionChars(terms, aliases).
 */
export function suggest(terms: readonly string[], records: readonly OrderedRecord[], aliases: readonly (readonly [string, string])[]): Suggestions {
  const seen = new Set([terms.join(' ')]);
  const aliasOffers: QuerySuggestion[] = [];
  for (const variant of aliasVariants(terms, aliases)) {
    const key = variant.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const n = count(records, variant);
    if (n > 0) aliasOffers.push({ terms: variant, count: n });
  }

  // One comparable text of all passages: a piece occurs when it is a substring (no term holds the separator).
  const hay = records.flatMap((r) => r.passages.map((p) => comparable(p.text))).join('\n');
  const parts: Suggestions['parts'] = [];
  for (const term of terms) {
    if (hay.includes(comparable(term))) continue;
    const chars = [...comparable(term)];
    const pieces: string[] = [];
    for (let i = 0; i < chars.length;) {
      let found = 0;
      for (let j = Math.min(chars.length, i + MAX_PIECE); j >= i + 2 && !found; j--) if (hay.includes(chars.slice(i, j).join(''))) found = j;
      if (found) {
        const piece = chars.slice(i, found).join('');
        if (!pieces.includes(piece)) pieces.push(piece);
        i = found;
      } else i += 1;
    }
    if (pieces.length === 0) continue;
    const together = pieces.length > 1 ? count(records, pieces) : 0;
    parts.push({
      term,
      pieces: pieces.map((p) => ({ terms: [p], count: count(records, [p]) })),
      ...(together ? { together: { terms: pieces, count: together } } : {}),
    });
  }

  const several = terms.length > 1;
  const termCounts = several ? terms.map((t) => ({ terms: [t], count: count(records, [t]) })) : [];
  const sections: SectionSuggestion[] = [];
  if (several) {
    const wanted = terms.map(comparable);
    for (const record of records) {
      const texts = record.passages.map((p) => comparable(p.text));
      // Every term occurs in it, and some of them in paragraphs that are not results (else it adds nothing).
      const spread =
        wanted.every((t) => texts.some((text) => text.includes(t))) &&
        texts.some((text) => !wanted.every((t) => text.includes(t)) && wanted.some((t) => text.includes(t)));
      if (spread) sections.push({ page: record.page, anchor: record.passages[0]?.anchor ?? '', label: record.path.join(' › ') });
    }
  }
  return { aliases: aliasOffers, parts, terms: termCounts, sections };
}

/** True when there is anything to offer. */
export const hasSuggestions = (s: Suggestions): boolean =>
  s.aliases.length > 0 || s.parts.length > 0 || s.terms.some((t) => t.count > 0) || s.sections.length > 0;

/**
 * Reads traditional characters as the simplified ones the plan uses. `pairs` is a string of
 * traditional-simplified pairs (src/data/traditional.ts, only characters the plan does not have, so
 * a query in the plan's own characters is never changed). Returns undefined when nothing changed.
 */
export function toSimplified(terms: readonly string[], pairs: string): string[] | undefined {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  const out = terms.map((t) => [...t].map((c) => map.get(c) ?? c).join(''));
  return out.some((t, i) => t !== terms[i]) ? out : undefined;
}
