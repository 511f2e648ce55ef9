/**
 * The dashboard, the targets list, the chapter tables and the open-data files, on the built site:
 * they exist, link to each other, and say exactly what the data modules hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, loadHtml } from '../support/dist.ts';
import { BUILDS } from '../support/paths.ts';
import { indicators } from '../../src/data/indicators.ts';
import { targets } from '../../src/data/targets.ts';
import { INDICATOR_FIELDS } from '../../src/lib/indicators/indicator-records.ts';
import { TARGET_FIELDS } from '../../src/lib/indicators/open-files.ts';
import { charts } from '../../src/lib/charts/charts.ts';
import { toChartJsConfig } from '../../src/lib/charts/to-chartjs-config.ts';

const dist = BUILDS[0]!.dir;
assertBuilt(dist);
const page = (path: string) => loadHtml(join(dist, path, 'index.html'));
const squash = (s: string) => s.replace(/\s+/g, '');

/** Minimal RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  return rows;
}

describe('/indicators/', () => {
  const $ = page('indicators');

  it('lists every indicator of both tables under its own anchor', () => {
    for (const ind of indicators) expect($(`tr#${ind.id}`), ind.id).toHaveLength(1);
  });

  it('shows each 专栏2 value and target as printed, and its attribute', () => {
    for (const ind of indicators.filter((i) => i.column === 2)) {
      const cells = $(`tr#${ind.id} td`).map((_, td) => $(td).text().trim()).get();
      expect(cells.slice(1, 3), ind.id).toEqual([ind.base.text, ind.target.text]);
      expect(cells[4]).toBe(ind.attribute === 'binding' ? '约束性' : '预期性');
    }
  });

  it('links each 专栏2 indicator to its row in chapter 1 and to the sections that deal with it', () => {
    const links = $('tr#plan14-unemployment-insurance-insured a').map((_, a) => $(a).attr('href')).get();
    expect(links).toContain('/chapters/1/#column-2-r9');
    expect(links).toContain('/chapters/3/#s3-1');
    expect($('tr#plan14-unemployment-insurance-insured').text()).toContain('第三章第一节');
  });

  it('explains "—" instead of computing a change for cumulative indicators', () => {
    expect(squash($('tr#plan14-urban-new-jobs td').eq(3).text())).toBe('—（五年累计）');
  });

  it('has a filter form that stays hidden without JavaScript', () => {
    expect($('form[data-filter="indicators-2"]').attr('hidden')).toBeDefined();
    expect($('form[data-filter] select[name="category"] option')).toHaveLength(7);
  });

  it.each(charts.map((c) => [c.spec.id, c] as const))('has the chart %s as figure, description, image, table and source', (id, c) => {
    const fig = $(`figure#chart-${id}`);
    expect(fig).toHaveLength(1);
    expect(fig.find('.chart-desc').text()).toBe(c.spec.description);
    expect(fig.find('img').attr('src')).toBe(`/indicators/charts/${id}.svg`);
    expect(fig.find('tbody tr')).toHaveLength(c.spec.bars.length);
    expect(fig.find('figcaption').text()).toMatch(/^来源：规划专栏[12]$/);
    expect(JSON.parse(fig.find('script[type="application/json"]').text())).toEqual(toChartJsConfig(c.spec));
    expect(readFileSync(join(dist, `indicators/charts/${id}.svg`), 'utf8')).toBe(c.svg);
  });

  it('documents every field of the open data', () => {
    const names = $('#data ~ details code').map((_, el) => $(el).text()).get();
    expect(names).toEqual(INDICATOR_FIELDS.map((f) => f.name));
  });
});

describe('the chapter-1 tables', () => {
  const $ = page('chapters/1');

  it('link to the dashboard and to the downloads', () => {
    const hrefs = $('.help a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs).toEqual(['/indicators/#table-1', '/data/indicators.csv', '/data/indicators.json', '/indicators/#table-2', '/data/indicators.csv', '/data/indicators.json']);
  });

  it('explain the marks outside the plan text', () => {
    expect($('[data-plan] .help[data-ui]')).toHaveLength(2);
    expect($('[data-plan] caption[data-ui]')).toHaveLength(2);
  });
});

describe('open data', () => {
  it('indicators.csv starts with a BOM and holds one row per indicator with the documented fields', () => {
    const text = readFileSync(join(dist, 'data/indicators.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = readCsv(text.slice(1));
    expect(header).toEqual(INDICATOR_FIELDS.map((f) => f.name));
    expect(rows).toHaveLength(indicators.length);
    const row = rows.find((r) => r[0] === 'plan14-unemployment-insurance-insured')!;
    const get = (name: string) => row[header!.indexOf(name)];
    expect([get('base_value'), get('target_value'), get('attribute'), get('unit')]).toEqual(['1047', '1200', '约束性', '万人']);
  });

  it('indicators.json holds the same records with the field descriptions', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/indicators.json'), 'utf8'));
    expect(Object.keys(json.fields)).toEqual(INDICATOR_FIELDS.map((f) => f.name));
    expect(json.records.map((r: { id: string }) => r.id)).toEqual(indicators.map((i) => i.id));
    const r = json.records.find((x: { id: string }) => x.id === 'plan14-urban-new-jobs');
    expect(r).toMatchObject({ target_text: '[>425]', target_value: 425, target_comparator: '>', cumulative: true, change_absolute: null });
  });

  it('targets.json and targets.csv hold every target', () => {
    const json = JSON.parse(readFileSync(join(dist, 'data/targets.json'), 'utf8'));
    expect(json.records).toEqual(JSON.parse(JSON.stringify(targets)));
    const [header, ...rows] = readCsv(readFileSync(join(dist, 'data/targets.csv'), 'utf8').slice(1));
    expect(header).toEqual(TARGET_FIELDS.map((f) => f.name));
    expect(rows).toHaveLength(targets.length);
  });
});

describe('/targets/', () => {
  const $ = page('targets');

  it('lists every target under its own anchor, linked to its paragraph', () => {
    for (const target of targets) {
      const row = $(`tr#${target.id}`);
      expect(row, target.id).toHaveLength(1);
      expect(row.find('a').first().attr('href')).toMatch(new RegExp(`^/chapters/\\d+/#${target.anchor}$`));
    }
  });

  it.each(targets.map((t) => [t.id, t] as const))('%s: the number is in the paragraph it links to', (_, target) => {
    const href = $(`tr#${target.id} a`).first().attr('href')!;
    const [path] = href.split('#');
    const paragraph = squash(page(path!.replace(/^\//, ''))(`#${target.anchor}`).text());
    expect(paragraph, target.anchor).toContain(squash(target.printed));
    // The printed words carry the number itself (千户 = 1000, 2/3 of the population).
    const printed = target.printed.replace('千', '1000').replace(/^万/, '10000');
    const numbers = (printed.match(/\d+(?:\.\d+)?(?:\/\d+)?/g) ?? []).map((n) => (n.includes('/') ? Number(n.split('/')[0]) / Number(n.split('/')[1]) : Number(n)));
    expect(numbers[0], target.printed).toBeCloseTo(target.value, 3);
    if (target.max !== undefined) expect(numbers[1]).toBe(target.max);
  });
});
