/**
 * The /search/ page's behaviour: runs the query in the URL on load, searches as the reader types,
 * keeps query and filters in the URL (a new query gets one history entry when typing starts, so
 * Back returns to the previous search), renders results as real links with DOM text nodes only
 * (typed markup is never parsed). With few or no results it offers suggestions as links (other
 * wordings of the plan, the parts of a term that occur, sections holding every term); a query in
 * traditional characters that finds nothing is read in the plan's simplified ones, and says so.
 */
import { searchUi } from '../../i18n/search-ui.ts';
import { translator } from '../../i18n/translator.ts';
import { SEARCH_ALIASES } from '../../data/search-aliases.ts';
import { comparable, termRanges } from '../../lib/search/comparable.ts';
import { TRADITIONAL_FILE } from '../../lib/search/payload.ts';
import { MAX_QUERY_CHARS, usedQuery } from '../../lib/search/query.ts';
import { groupByPage, excerpt, type Hit } from '../../lib/search/results.ts';
import { FEW_RESULTS, hasSuggestions, suggest, suggestionChars, toSimplified, type QuerySuggestion, type Suggestions } from '../../lib/search/suggest.ts';
import { recordsHoldingAny, searchEngine, searchSite, type SearchOutcome } from './search-plan.ts';

const t = translator(searchUi);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (className) e.className = className;
  return e;
};
const quoted = (terms: readonly string[]) => terms.map((q) => `“${q}”`).join('');

interface Shown extends SearchOutcome {
  /** The terms as typed, when they were read as simplified characters. */
  typed?: string[];
  suggestions?: Suggestions;
}

let pairs: Promise<string> | undefined;
/** Traditional-simplified pairs, fetched once when first needed; '' (and tried again later) if they cannot be had. */
const traditional = (base: string): Promise<string> =>
  (pairs ??= fetch(`${base}${TRADITIONAL_FILE}`)
    .then((r) => (r.ok ? (r.json() as Promise<string>) : Promise.reject(new Error(String(r.status)))))
    .catch(() => {
      pairs = undefined;
      return '';
    }));

export function runSearchPage(): void {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const chapter = $<HTMLSelectElement>('search-chapter');
  const status = $<HTMLParagraphElement>('search-status');
  const note = $<HTMLParagraphElement>('search-note');
  const offers = $<HTMLElement>('search-suggestions');
  const results = $<HTMLElement>('search-results');
  const base = form.dataset.base ?? '/';
  const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const chosen = $<HTMLElement>('search-chosen');
  let last: Shown | undefined;
  let ignored: string[] = [];
  let seq = 0;
  /** True while the reader types a new query whose history entry already exists. */
  let editing = false;

  const kindValue = () => radios.find((r) => r.checked)?.value ?? '';
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    // A value the filters do not offer (ch=99, kind=evil) is ignored, with a note: the filters show 全部.
    ignored = [];
    const ch = params.get('ch') ?? '';
    const known = [...chapter.options].some((o) => o.value === ch);
    chapter.value = known ? ch : '';
    if (!known) ignored.push(`ch=${ch}`);
    const kind = params.get('kind') ?? '';
    const radio = radios.find((r) => r.value === kind);
    if (!radio) ignored.push(`kind=${kind}`);
    for (const r of radios) r.checked = r === (radio ?? radios.find((x) => x.value === ''));
    if (ignored.length) toUrl(false);
  };
  const toUrl = (push: boolean) => {
    const params = new URLSearchParams();
    // Only the part the search uses: a long paste must not make a long address (nginx answers 414 past 8 KB).
    if (input.value) params.set('q', usedQuery(input.value));
    if (chapter.value) params.set('ch', chapter.value);
    if (kindValue()) params.set('kind', kindValue());
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const runQuery = (q: string) => {
    input.value = q;
    toUrl(true);
    editing = false;
    void run();
  };
  /** A link that runs a suggested query: a real address, run in place when clicked. */
  const offer = (s: QuerySuggestion): HTMLAnchorElement => {
    const q = s.terms.join(' ');
    const a = el('a', `${quoted(s.terms)}（${s.count}处）`);
    a.href = `${base}search/?q=${encodeURIComponent(q)}`;
    a.addEventListener('click', (event) => {
      event.preventDefault();
      runQuery(q);
    });
    return a;
  };
  const line = (label: string, items: (Node | string)[]) => {
    const p = el('p', label);
    items.forEach((item, i) => p.append(...(i ? ['、', item] : [item])));
    offers.append(p);
  };

  const showNotes = () => {
    const notes = ignored.length ? [t('search.badFilter', { values: ignored.join('、') })] : [];
    if (last?.engine === 'passages') notes.push(t('search.fallback'));
    note.textContent = notes.join(' ');
  };

  /** The filters fold away: their summary says which are chosen, so a filtered list is never a surprise. */
  const showChosen = () => {
    const kind = radios.find((r) => r.checked && r.value);
    const names = [chapter.value ? chapter.selectedOptions[0]!.text : '', kind?.parentElement?.textContent?.trim() ?? ''].filter(Boolean);
    chosen.textContent = names.length ? `：${names.join('、')}` : '';
  };

  const render = () => {
    results.replaceChildren();
    offers.replaceChildren();
    showNotes();
    showChosen();
    if (!last) return;
    const messages: string[] = [];
    if (last.truncated) messages.push(t('search.truncated', { max: MAX_QUERY_CHARS }));
    if (last.terms.length === 0) {
      messages.push(t('search.empty'));
      status.textContent = messages.join(' ');
      return;
    }
    if (last.typed) messages.push(t('search.simplified', { typed: quoted(last.typed), q: quoted(last.terms) }));
    const kind = kindValue();
    const shown = last.hits.filter((h) => (chapter.value === '' || String(h.chapter) === chapter.value) && (kind === '' || h.kind === kind));
    const groups = groupByPage(shown);
    const total = last.hits.length;
    const one = last.terms.length === 1;
    const s = last.suggestions;
    if (total === 0) {
      messages.push(t(one ? 'search.none' : 'search.noneAll', { q: quoted(last.terms) }));
      if (!s || !hasSuggestions(s)) messages.push(t(one ? 'search.hintOne' : 'search.hintAll'));
    } else if (shown.length === 0) messages.push(t('search.noneFiltered', { total }));
    else if (shown.length < total) messages.push(t('search.countFiltered', { n: shown.length, pages: groups.length, total }));
    else messages.push(t('search.count', { n: shown.length, pages: groups.length }));
    status.textContent = messages.join(' ');
    const hl = encodeURIComponent(last.terms.join(' '));
    if (s) {
      if (s.aliases.length) line(t('search.alias'), s.aliases.map(offer));
      for (const part of s.parts) {
        line(t('search.parts', { term: part.term }), part.pieces.map(offer));
        if (part.together) line(t('search.together', { term: part.term }), [offer(part.together)]);
      }
      if (s.terms.some((x) => x.count > 0))
        line(
          t('search.apart'),
          s.terms.map((x) => (x.count ? offer(x) : t('search.nowhere', { q: x.terms[0]! }))),
        );
      if (s.sections.length) {
        line(
          t('search.sections'),
          s.sections.map((section) => {
            const a = el('a', section.label);
            a.href = `${base}${section.page}?hl=${hl}${section.anchor ? `#${section.anchor}` : ''}`;
            return a;
          }),
        );
      }
    }
    for (const group of groups) {
      const list = el('ol');
      for (const hit of group.hits) list.append(item(hit, base, hl, last.terms));
      results.append(el('h2', `${group.title}（${group.hits.length}）`), list);
    }
  };

  const fail = () => {
    status.textContent = t('search.error');
    const retry = el('button', t('search.retry'));
    retry.type = 'button';
    retry.addEventListener('click', () => void run());
    offers.replaceChildren(retry);
  };

  const run = async () => {
    const mine = ++seq;
    if (input.value.trim() === '') {
      last = undefined;
      results.replaceChildren();
      offers.replaceChildren();
      status.textContent = '';
      showNotes();
      return;
    }
    try {
      let outcome: Shown = await searchSite(base, input.value);
      if (outcome.hits.length === 0 && outcome.terms.length > 0) {
        const simplified = toSimplified(outcome.terms, await traditional(base));
        if (simplified) outcome = { ...(await searchSite(base, simplified.join(' '))), truncated: outcome.truncated, typed: outcome.terms };
      }
      if (outcome.hits.length < FEW_RESULTS && outcome.terms.length > 0) {
        // Suggestions are extra: if they cannot be worked out, the results still show.
        try {
          outcome.suggestions = suggest(outcome.terms, await recordsHoldingAny(base, suggestionChars(outcome.terms, SEARCH_ALIASES)), SEARCH_ALIASES);
        } catch (error) {
          console.warn('search suggestions failed', error);
        }
      }
      if (mine !== seq) return;
      last = outcome;
      render();
      results.dataset.query = input.value;
    } catch (error) {
      if (mine !== seq) return;
      last = undefined;
      results.replaceChildren();
      fail();
      console.warn('search failed', error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    toUrl(!editing);
    editing = false;
    void run();
  });
  input.addEventListener('input', () => {
    toUrl(!editing && location.search !== '');
    editing = true;
    void run();
  });
  // Start loading while the reader types the first query; never fails (the engine falls back).
  input.addEventListener('focus', () => void searchEngine(base), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    ignored = [];
    toUrl(false);
    render();
  });
  window.addEventListener('popstate', () => {
    editing = false;
    fromUrl();
    void run();
  });
  fromUrl();
  showNotes();
  showChosen();
  if (input.value) void run();
}

/** Appends text[from, to) to `parent`, the parts inside `ranges` (over the same text) as <mark>. */
function appendMarked(parent: HTMLElement, text: string, ranges: readonly [number, number][], from = 0, to = text.length): void {
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= at || s >= to) continue;
    parent.append(text.slice(at, Math.max(at, s)), el('mark', text.slice(Math.max(at, s), Math.min(e, to))));
    at = Math.min(e, to);
  }
  parent.append(text.slice(at, to));
}

function item(hit: Hit, base: string, hl: string, terms: string[]): HTMLLIElement {
  const li = el('li');
  li.dataset.key = `${hit.page}#${hit.anchor}`;
  const link = el('a', hit.path.join(' › '), 'where');
  link.href = `${base}${hit.page}?hl=${hl}${hit.anchor ? `#${hit.anchor}` : ''}`;
  li.append(link, el('span', t(`search.kind.${hit.kind}`), 'kind'));
  const p = el('p', undefined, 'excerpt');
  if (hit.row) {
    // An indicator row as its label and labelled values, unit after the last number: marks where the
    // terms fall, over the row's text (its cells joined), so a match across cells is marked too.
    const ranges = termRanges(comparable(hit.text), terms);
    const { label, values, unit } = hit.row;
    appendMarked(p, hit.text, ranges, 0, label.length);
    const dl = el('span', undefined, 'values');
    let at = label.length;
    const lastNumber = values.map(([, v]) => /\d/.test(v)).lastIndexOf(true);
    values.forEach(([name, value], i) => {
      if (i) dl.append(' · ');
      dl.append(`${name} `);
      const v = el('b');
      appendMarked(v, hit.text, ranges, at, at + value.length);
      dl.append(v, i === lastNumber && unit ? ` ${unit}` : '');
      at += value.length;
    });
    p.append(el('br'), dl);
    if (hit.row.page) {
      const page = el('a', t('search.indicatorPage'), 'where');
      page.href = `${base}${hit.row.page}`;
      li.append(p, page);
      return li;
    }
  } else {
    for (const part of excerpt(hit.text, terms)) p.append(part.mark ? el('mark', part.text) : part.text);
  }
  li.append(p);
  return li;
}
