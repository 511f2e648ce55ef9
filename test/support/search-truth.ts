/**
 * Ground truth for search, computed from the built pages and the relevance rule, never from the
 * search code: every heading, paragraph and table row of the plan text is a passage; a passage is
 * relevant when it contains every space-separated part of the query (whitespace ignored, Latin
 * letters without case). The passages of a page together are exactly its plan text, which the
 * fidelity test compares with the official text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { pagePlanText, squash } from './fidelity.ts';
import { FULL } from './pages.ts';

export interface TruthPassage {
  /** page#anchor, as the search page's result items carry it (data-key). */
  key: string;
  text: string;
}

const PLAN_PAGES = ['', ...Array.from({ length: 10 }, (_, i) => `chapters/${i + 1}/`)];

export function truthPassages(dist: string): TruthPassage[] {
  const out: TruthPassage[] = [];
  for (const page of PLAN_PAGES) {
    const $ = load(readFileSync(join(dist, page, 'index.html'), 'utf8'));
    $('[data-ui]').remove();
    const texts: string[] = [];
    $('[data-plan]').each((_, root) => {
      if ($(root).parents('[data-plan]').length > 0) return;
      const blocks = $(root).is('h1') ? $(root) : $(root).find('h1, h2, h3, h4, h5, h6, p, tr');
      blocks.each((_, el) => {
        const text = squash($(el).text());
        if (!text) return;
        // A header row has no id of its own: it links to its table's 专栏 heading.
        const id = $(el).attr('id') ?? $(el).closest('section').find('[id^="column-"]').first().attr('id') ?? '';
        texts.push(text);
        out.push({ key: `${page}#${id}`, text });
      });
    });
    const whole = pagePlanText(load(readFileSync(join(dist, page, 'index.html'), 'utf8')));
    if (texts.join('') !== whole) throw new Error(`search truth: the passages of /${page} do not add up to its plan text`);
  }
  return out;
}

const fold = (s: string) => squash(s).replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Keys of the relevant passages, sorted (one per passage, so a key may repeat). */
export function relevantKeys(passages: readonly TruthPassage[], query: string): string[] {
  const parts = query.split(/\s+/u).filter(Boolean).map(fold);
  if (parts.length === 0) return [];
  return passages
    .filter((p) => parts.every((t) => fold(p.text).includes(t)))
    .map((p) => p.key)
    .sort();
}

export interface SampleQuery {
  q: string;
  kind: string;
}

/** The shared sample queries plus our own: single characters inside longer words, numbers, many terms. */
export function sampleQueries(): SampleQuery[] {
  const shared = JSON.parse(readFileSync(new URL('../fixtures/search-queries.json', import.meta.url), 'utf8')) as { queries: SampleQuery[] };
  const own: SampleQuery[] = [
    { q: '险', kind: 'char' },
    { q: '的', kind: 'char' },
    { q: '社会保障', kind: 'term' },
    { q: '就业', kind: 'term' },
    { q: '人才 川渝 博士后', kind: 'three_terms' },
    { q: '养老 保险', kind: 'two_terms' },
    { q: '90%', kind: 'number' },
    { q: '2025', kind: 'number' },
    { q: '4.5', kind: 'number' },
    { q: 'APP', kind: 'latin' },
    { q: 'app', kind: 'latin' },
    { q: '“十四五”', kind: 'punctuation' },
    { q: '（万人）', kind: 'punctuation' },
    { q: '专栏', kind: 'term' },
    { q: '医保', kind: 'absent' },
    { q: '元宇宙', kind: 'absent' },
  ];
  return [...shared.queries, ...own];
}

/**
 * The sample queries a browser runs: per kind, the one with the most relevant passages (the longest
 * results list to render and compare). Node runs every sample query and thousands of generated ones
 * through the same client code (test/site/search-exact.test.ts); FULL=1 runs all of them in browsers too.
 */
export function browserQueries(passages: readonly TruthPassage[]): SampleQuery[] {
  const all = sampleQueries();
  if (FULL) return all;
  const best = new Map<string, { query: SampleQuery; results: number }>();
  for (const query of all) {
    const results = relevantKeys(passages, query.q).length;
    if (results > (best.get(query.kind)?.results ?? -1)) best.set(query.kind, { query, results });
  }
  return [...best.values()].map((b) => b.query);
}
