/**
 * The /search/ page's behaviour: runs the query in the URL on load, searches as the reader types,
 * keeps query and filters in the URL (a new query gets one history entry when typing starts, so
 * Back returns to the previous search), renders results as real links with DOM text nodes only
 * (typed markup is never parsed).
 */
import { t, tf } from '../../i18n/ui.ts';
import { MAX_QUERY_CHARS, usedQuery } from '../../lib/search/query.ts';
import { groupByPage, excerpt, type Hit } from '../../lib/search/results.ts';
import { loadPagefind, searchPlan, type SearchOutcome } from './search-plan.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function runSearchPage(): void {
  const form = $<HTMLFormElement>('search-form');
  const input = $<HTMLInputElement>('search-q');
  const chapter = $<HTMLSelectElement>('search-chapter');
  const status = $<HTMLParagraphElement>('search-status');
  const results = $<HTMLElement>('search-results');
  const base = form.dataset.base ?? '/';
  let last: SearchOutcome | undefined;
  let seq = 0;
  /** True while the reader types a new query whose history entry already exists. */
  let editing = false;

  const kindValue = () => (form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '');
  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    chapter.value = params.get('ch') ?? '';
    const kind = params.get('kind') ?? '';
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) radio.checked = radio.value === kind;
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

  const render = () => {
    results.replaceChildren();
    if (!last) return;
    const messages: string[] = [];
    if (last.truncated) messages.push(tf('search.truncated', { max: MAX_QUERY_CHARS }));
    if (last.terms.length === 0) {
      messages.push(t('search.empty'));
      status.textContent = messages.join(' ');
      return;
    }
    const kind = kindValue();
    const shown = last.hits.filter((h) => (chapter.value === '' || String(h.chapter) === chapter.value) && (kind === '' || h.kind === kind));
    const groups = groupByPage(shown);
    const total = last.hits.length;
    if (total === 0) messages.push(tf('search.none', { q: last.terms.join(' ') }));
    else if (shown.length === 0) messages.push(tf('search.noneFiltered', { total }));
    else if (shown.length < total) messages.push(tf('search.countFiltered', { n: shown.length, pages: groups.length, total }));
    else messages.push(tf('search.count', { n: shown.length, pages: groups.length }));
    status.textContent = messages.join(' ');
    const hl = encodeURIComponent(last.terms.join(' '));
    for (const group of groups) {
      const heading = document.createElement('h2');
      heading.textContent = `${group.title}（${group.hits.length}）`;
      const list = document.createElement('ol');
      for (const hit of group.hits) list.append(item(hit, base, hl, last.terms));
      results.append(heading, list);
    }
  };

  const run = async () => {
    const mine = ++seq;
    if (input.value.trim() === '') {
      last = { terms: [], truncated: false, hits: [] };
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const outcome = await searchPlan(base, input.value);
      if (mine !== seq) return;
      last = outcome;
      render();
      results.dataset.query = input.value;
    } catch (error) {
      if (mine !== seq) return;
      status.textContent = t('search.error');
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
  input.addEventListener('focus', () => void loadPagefind(base), { once: true });
  form.addEventListener('change', (event) => {
    if (event.target === input) return;
    toUrl(false);
    render();
  });
  window.addEventListener('popstate', () => {
    editing = false;
    fromUrl();
    void run();
  });
  fromUrl();
  if (input.value) void run();

}

function item(hit: Hit, base: string, hl: string, terms: string[]): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.key = `${hit.page}#${hit.anchor}`;
  const link = document.createElement('a');
  link.className = 'where';
  link.href = `${base}${hit.page}?hl=${hl}${hit.anchor ? `#${hit.anchor}` : ''}`;
  link.textContent = hit.path.join(' › ');
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = t(`search.kind.${hit.kind}`);
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const part of excerpt(hit.text, terms)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  li.append(link, kind, p);
  return li;
}
