/**
 * Every word the built site writes about a 十四五 target keeps the plan's form (test/support/target-words.ts
 * says what that means and is itself tested on the sentences of issue 24): the 40 indicator pages
 * (sentence, meta descriptions, chart notes, tables, the images' text and description), the dashboard
 * (both tables, every chart's bars, notes and descriptions, no bar below zero), the home page's
 * headline indicators, /targets/ (each value cell is its printed phrase, whole) and the open data's
 * descriptions. Read from dist/, as a reader gets it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, type CheerioAPI } from 'cheerio';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { generalWordProblems, targetWordProblems, type TargetFacts } from '../support/target-words.ts';
import { indicators } from '../../src/data/indicators.ts';
import { targets } from '../../src/data/targets.ts';
import { readPlan } from '../../src/integrations/plan/read-plan.ts';
import type { Indicator } from '../../src/lib/indicators/schema.ts';
import { planColumns } from '../../src/lib/plan/model.ts';

const dist = BUILDS[0]!.dir;
assertBuilt(dist);
const page = (path: string) => loadHtml(join(dist, path, 'index.html'));
const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const plan = readPlan();
const planText = plan.passages.map((p) => p.text.replace(/\s+/gu, '')).join('');
/** The plan's own words a text may contain: indicator names and the titles it links to (提升发展能级 is a title, not a claim). */
const names = [
  ...indicators.map((i) => i.name),
  ...plan.passages.filter((p) => ['title', 'chapter', 'section', 'column', 'item'].includes(p.kind)).map((p) => p.text),
  ...planColumns(plan).flatMap((c) => [c.title, ...c.items.map((i) => i.title)]),
]
  .filter((n) => n.length > 1)
  .sort((a, b) => b.length - a.length);
const byId = (id: string) => indicators.find((i) => i.id === id)!;
/** An indicator's rows as the site pairs them: the 专栏2 row with the 专栏1 row it continues, or the other way round. */
const rowsOf = (ind: Indicator): Indicator[] => {
  const plan14 = ind.column === 2 ? ind : indicators.find((i) => i.continues === ind.id);
  const plan13 = ind.column === 1 ? ind : indicators.find((i) => i.id === ind.continues);
  return [plan14, plan13].filter((r): r is Indicator => r !== undefined);
};
const facts = (ind: Indicator, sentence: boolean): TargetFacts => {
  const rows = rowsOf(ind);
  const plan14 = rows.find((r) => r.column === 2);
  return { rows, stated: plan14 ? targets.filter((t) => t.indicator === plan14.id) : [], planText, sentence };
};
const texts = ($: CheerioAPI, selector: string) =>
  $(selector)
    .map((_, el) => $(el).text())
    .get();
/** Counted as they are checked, for the closing figures. */
const checked = { pages: new Set<string>(), texts: 0 };
const check = (path: string, list: readonly string[], f: (text: string) => string[]): string[] => {
  checked.pages.add(path);
  checked.texts += list.length;
  return list.flatMap((text) => f(text).map((p) => `${path}: ${p}`));
};

describe('what the site says about a target', () => {
  it.each(indicators.map((ind) => [ind.id, ind] as const))('%s: the page’s sentence, descriptions, chart and tables keep the plan’s form', (id, ind) => {
    const path = `indicators/${id}/`;
    const $ = page(path);
    const sentences = [$('.lead').text(), $('meta[name="description"]').attr('content')!, $('meta[property="og:description"]').attr('content')!];
    const cells = [...texts($, 'figure .chart-notes li'), ...texts($, 'figure td, #figures ~ .table-scroll td'), $('figure img').attr('alt') ?? ''];
    // The chart images: their description is the sentence; their texts are the bars' and notes'.
    const svgs = $('figure picture source, figure img')
      .map((_, el) => $(el).attr('srcset') ?? $(el).attr('src'))
      .get();
    const svgTexts: string[] = [];
    for (const src of new Set(svgs)) {
      const svg = load(file(src.replace(/^\//u, '')), { xml: true });
      sentences.push(...texts(svg, 'desc'));
      svgTexts.push(...texts(svg, 'text').filter((t) => !/^\d+$/u.test(t)));
    }
    expect(check(path, sentences, (s) => targetWordProblems(s, facts(ind, true)))).toEqual([]);
    expect(check(path, [...cells, ...svgTexts], (s) => targetWordProblems(s, facts(ind, false)))).toEqual([]);
    expect(check(path, texts($, '.plan-period'), (s) => generalWordProblems(s, names))).toEqual([]);
  });

  it('the dashboard: every cell of both tables, every chart’s bars, notes and descriptions; no bar below zero', () => {
    const path = 'indicators/';
    const $ = page(path);
    const problems: string[] = [];
    for (const row of $('#indicators-2 tr[id], #indicators-1 tr[id]').get()) {
      const ind = byId($(row).attr('id')!);
      // 相关章节 lists the titles of the passages it links to: the plan's words, checked as such.
      problems.push(
        ...check(
          path,
          $(row)
            .find('td:not([data-label="相关章节"])')
            .map((_, td) => $(td).text())
            .get(),
          (s) => targetWordProblems(s, facts(ind, false)),
        ),
      );
      problems.push(
        ...check(
          path,
          $(row)
            .find('td[data-label="相关章节"]')
            .map((_, td) => $(td).text())
            .get(),
          (s) => generalWordProblems(s, names),
        ),
      );
    }
    problems.push(...check(path, texts($, 'main :is(h1, h2, h3, p, li, th, caption, figcaption)'), (s) => generalWordProblems(s, names)));
    for (const figure of $('figure[data-chart]').get()) {
      const config = JSON.parse($(figure).find('script[data-chart-config]').text()) as {
        bars: { label: string; text: string }[];
        config: { data: { datasets: { data: (number | null)[] }[] } };
      };
      let current: Indicator | undefined;
      config.bars.forEach((bar, i) => {
        // A pair's second bar has no label: it belongs to the indicator above it.
        if (bar.label) current = indicators.find((x) => bar.label.startsWith(x.name) && (x.column === 2 || $(figure).attr('id') === 'chart-scorecard-13'));
        if (!current) problems.push(`${path}: bar “${bar.label}” names no indicator`);
        else if ($(figure).attr('id') !== 'chart-scorecard-13') problems.push(...check(path, [bar.text], (s) => targetWordProblems(s, facts(current!, false))));
        const value = config.config.data.datasets[0]!.data[i];
        if (value !== null && value !== undefined && value < 0) problems.push(`${path}: bar “${bar.label || bar.text}” is drawn below zero (${value})`);
      });
      for (const note of texts($, `#${$(figure).attr('id')} .chart-notes li`)) {
        const ind = indicators.find((x) => x.column === 2 && note.startsWith(`${x.name}：`));
        if (ind) problems.push(...check(path, [note], (s) => targetWordProblems(s, facts(ind, false))));
      }
      $(figure)
        .find('tbody tr')
        .each((_, tr) => {
          const href = $(tr).find('th a').attr('href') ?? '';
          const ind = indicators.find((x) => href.endsWith(`/indicators/${x.id}/`));
          if (ind && $(figure).attr('id') !== 'chart-scorecard-13')
            problems.push(
              ...check(
                path,
                $(tr)
                  .find('td')
                  .map((_, td) => $(td).text())
                  .get(),
                (s) => targetWordProblems(s, facts(ind, false)),
              ),
            );
        });
    }
    expect(problems).toEqual([]);
    expect(
      $('#indicators-2 thead th')
        .map((_, th) => $(th).text())
        .get(),
    ).not.toContain('需要的变化');
  });

  it('the home page’s headline indicators keep the table’s sign and quote the passage', () => {
    const $ = page('');
    const cards = $('.kpis li').get();
    expect(cards.length).toBeGreaterThan(0);
    const problems = cards.flatMap((li) => {
      const id = $(li).find('a').first().attr('href')!.replace(/^.*#/u, '');
      return check('', [$(li).text()], (s) => targetWordProblems(s, facts(byId(id), true)));
    });
    expect(problems).toEqual([]);
  });

  it('/targets/: each value cell is the printed phrase, whole; no row speaks of a change', () => {
    const path = 'targets/';
    const $ = page(path);
    for (const t of targets) {
      const row = $(`tr#${t.id}`);
      expect(row.find('td[data-label="数值"]').text(), t.id).toBe(t.printed);
      expect(row.find('td[data-label="单位"]').text(), t.id).toBe(t.unit);
    }
    expect(
      check(
        path,
        $('#targets-table tr')
          .map((_, tr) => $(tr).text())
          .get(),
        (s) => generalWordProblems(s, names),
      ),
    ).toEqual([]);
  });

  it('the open data: each indicator’s description and passage, each series label', () => {
    const data = JSON.parse(file('data/indicators.json')) as { records: { id: string; description: string; stated: string | null }[] };
    // A 专栏1 record's description is about its own row only.
    const own = (ind: Indicator): TargetFacts => (ind.column === 1 ? { rows: [ind], stated: [], planText, sentence: true } : facts(ind, true));
    const problems = data.records.flatMap((r) => check('data/indicators.json', [r.description], (s) => targetWordProblems(s, own(byId(r.id)))));
    for (const r of data.records) if (r.stated) expect(planText, r.id).toContain(r.stated.split('；')[0]);
    const series = JSON.parse(file('data/indicator-series.json')) as { records: { label: string }[]; fields: Record<string, { description: string }> };
    problems.push(
      ...check(
        'data/indicator-series.json',
        series.records.map((r) => r.label),
        (s) => generalWordProblems(s, names),
      ),
    );
    expect(problems).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/需要的变化|change_absolute|change_percent/u);
  });

  it('covers every indicator page, the dashboard, home and /targets/', () => {
    expect(checked.pages.size).toBe(indicators.length + 5);
    console.log(`target words: ${checked.pages.size} pages and files, ${checked.texts} texts checked`);
  });
});
