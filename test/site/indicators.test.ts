/**
 * The dashboard, the indicator pages, the targets list, the chapter tables and the open-data files,
 * on the built site: they exist, link to each other, and say exactly what the data modules hold;
 * every CSV reads back to the data module's values, every chart image exists and decodes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, fileForPath, loadHtml } from '../support/dist.ts';
import { BUILDS, TEST_SITE } from '../support/paths.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { asCsvRecord, csvRecords } from '../support/csv.ts';
import { pngSize } from '../support/png.ts';
import { unzip } from '../support/unzip.ts';
import { indicators } from '../../src/data/indicators.ts';
import { targets } from '../../src/data/targets.ts';
import { INDICATOR_FIELDS } from '../../src/lib/indicators/indicator-records.ts';
import { SERIES_FIELDS, seriesRecords } from '../../src/lib/indicators/series-records.ts';
import { indicatorData, openFiles, seriesData, TARGET_FIELDS } from '../../src/lib/indicators/open-files.ts';
import { indicatorSeries } from '../../src/lib/indicators/series.ts';
import { describeSeries } from '../../src/lib/indicators/describe.ts';
import { stated } from '../../src/data/stated-targets.ts';
import { allCharts, dashboardCharts, indicatorCharts } from '../../src/lib/charts/charts.ts';
import { toChartJsConfig } from '../../src/lib/charts/to-chartjs-config.ts';
import { chartPaletteCss } from '../../src/lib/charts/palette.ts';
import { PNG_ZOOM } from '../../src/integrations/chart-images.ts';
import { ARCHIVE_FILES } from '../../src/integrations/data-archive.ts';
import { PLAN_TITLE } from '../support/plan-facts.ts';

const build = BUILDS[0]!;
const dist = build.dir;
assertBuilt(dist);
const page = (path: string) => loadHtml(join(dist, path, 'index.html'));
const file = (path: string) => readFileSync(join(dist, path), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

describe('/indicators/', () => {
  const $ = page('indicators');

  it('lists every indicator of both tables under its own anchor, its name linking to its own page', () => {
    for (const ind of indicators) {
      expect($(`tr#${ind.id}`), ind.id).toHaveLength(1);
      expect($(`tr#${ind.id} th[scope="row"] a`).attr('href'), ind.id).toBe(`/indicators/${ind.id}/`);
    }
  });

  it('shows each 专栏2 value and target as printed, and its attribute, each cell named for the card layout', () => {
    for (const ind of indicators.filter((i) => i.column === 2)) {
      // The printed cell, without the "五年累计" written under a [] value.
      const cells = $(`tr#${ind.id} td`)
        .map((_, td) => $(td).clone().children('.why').remove().end().text().trim())
        .get();
      expect(cells.slice(1, 3), ind.id).toEqual([ind.base.text, ind.target.text]);
      expect(cells[4]).toBe(ind.attribute === 'binding' ? '约束性' : '预期性');
    }
    const labels = $('#indicators-2 tbody tr[data-row]')
      .first()
      .find('td')
      .map((_, td) => $(td).attr('data-label'))
      .get();
    expect(labels).toEqual(['单位', '2020年', '2025年', '正文表述', '属性', '相关章节']);
  });

  it('links each 专栏2 indicator to its row in chapter 1 and to the sections that deal with it', () => {
    const links = $('tr#plan14-unemployment-insurance-insured a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toContain('/chapters/1/#column-2-r9');
    expect(links).toContain('/chapters/3/#s3-1');
  });

  it('states a 十三五 ceiling as the plan compares it, not as a percentage', () => {
    expect(squash($('tr#plan13-registered-unemployment-rate td').eq(4).text())).toBe('完成（3.63%≤4.5%✓）');
  });

  it('says "五年累计" beside each value printed in [], and quotes the passage that states a target, linked', () => {
    expect(squash($('tr#plan14-urban-new-jobs td').eq(1).text())).toBe('[522.04]五年累计');
    const quote = $('tr#plan14-urban-new-jobs td[data-label="正文表述"]');
    expect(squash(quote.text())).toBe('第一章第三节第3段：“城镇新增就业达到425万人以上”');
    expect(quote.find('a').attr('href')).toBe('/chapters/1/#s1-3-p3');
    expect(squash($('tr#plan14-mediation-success-rate td[data-label="正文表述"]').text())).toBe('—');
  });

  it('has a filter form that stays hidden without JavaScript', () => {
    expect($('form[data-filter="indicators-2"]').attr('hidden')).toBeDefined();
    expect($('form[data-filter] select[name="category"] option')).toHaveLength(7);
  });

  it.each(dashboardCharts.map((c) => [c.spec.id, c] as const))(
    'has the chart %s as figure, description, phone and wide images, notes, table and source',
    (id, c) => {
      const fig = $(`figure#chart-${id}`);
      expect(fig).toHaveLength(1);
      expect(fig.find('.chart-desc').text()).toBe(c.spec.description);
      expect(fig.find('picture source').attr('srcset')).toBe(`/indicators/charts/${id}-320.svg`);
      expect(fig.find('img').attr('src')).toBe(`/indicators/charts/${id}-640.svg`);
      expect(
        fig
          .find('.chart-notes li')
          .map((_, li) => $(li).text())
          .get(),
      ).toEqual(c.spec.notes);
      expect(fig.find('tbody tr')).toHaveLength(c.spec.table.rows.length);
      expect(
        fig
          .find('tbody th a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      ).toEqual(c.spec.table.ids.map((id) => `/indicators/${id}/`));
      expect(fig.find('figcaption').text()).toMatch(/^来源：规划专栏[12]$/);
      expect(JSON.parse(fig.find('script[type="application/json"]').text())).toEqual(toChartJsConfig(c.spec));
    },
  );

  it('links the downloads and the page that documents their fields', () => {
    const hrefs = $('#data')
      .parent()
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual(
      expect.arrayContaining(['/data/plan-data.zip', '/data/all.json', '/data/indicators.csv', '/data/indicator-series.csv', '/open-data/#file-indicators']),
    );
  });
});

describe('each indicator’s page', () => {
  it('exists for all 40 indicators and is in the sitemap', () => {
    const paths = sitemapPaths(build);
    for (const ind of indicators) {
      expect(existsSync(join(dist, 'indicators', ind.id, 'index.html')), ind.id).toBe(true);
      expect(paths, ind.id).toContain(`indicators/${ind.id}/`);
    }
  });

  it.each(indicators.map((ind) => [ind.id, ind] as const))('%s: name, unit, attribute, sentence, chart, passages, citation, downloads, sharing', (id, ind) => {
    const $ = page(`indicators/${id}`);
    const series = indicatorSeries(ind, indicators);
    const sentence = describeSeries(series, stated);
    expect($('h1').text()).toBe(ind.name);
    expect($('.facts').text()).toContain(ind.unit ?? '无（比例）');
    expect($('.facts').text()).toContain(ind.attribute ? (ind.attribute === 'binding' ? '约束性' : '预期性') : '“十三五”指标');
    expect($('.lead').text()).toBe(sentence);
    expect($('meta[name="description"]').attr('content')).toBe(sentence);
    expect($('meta[property="og:title"]').attr('content')).toBe(`${ind.name}（专栏${ind.column}第${ind.n}项）`);
    expect($('meta[property="og:description"]').attr('content')).toBe(sentence);
    expect($('meta[property="og:url"]').attr('content')).toBe(`${TEST_SITE}/indicators/${id}/`);
    // The chapter-1 row of the indicator, and of its linked row.
    const passages = $('#passages')
      .parent()
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    for (const row of [series.plan13, series.plan14].filter(Boolean))
      expect(
        passages.some((h) => h.startsWith('/chapters/1/#column-')),
        row!.id,
      ).toBe(true);
    for (const section of ind.sections)
      expect(
        passages.some((h) => h.endsWith(`#${section}`)),
        section,
      ).toBe(true);
    expect($('[data-citation]').text()).toBe(`《${PLAN_TITLE}》专栏${ind.column}第${ind.n}项“${ind.name}”，${TEST_SITE}/indicators/${id}/`);
    const downloads = $('#downloads')
      .parent()
      .find('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(downloads).toContain(`/data/indicators/${id}.csv`);
    expect(downloads).toContain(`/data/indicators/${id}.json`);
    const chart = indicatorCharts.get(id);
    if (chart) {
      expect(downloads).toContain(`/indicators/charts/${id}.svg`);
      expect(downloads).toContain(`/indicators/charts/${id}.png`);
      expect($(`figure#chart-${id} img`).attr('src')).toBe(`/indicators/charts/${id}-640.svg`);
      expect($(`figure#chart-${id} tbody tr`)).toHaveLength(series.points.length);
      expect($('meta[property="og:image"]').attr('content')).toBe(`${TEST_SITE}/indicators/charts/${id}.png`);
      // The page draws its chart as an image: no chart configuration, so Chart.js is never fetched.
      expect($('script[data-chart-config]')).toHaveLength(0);
    } else {
      expect($('#figures').length, 'a table instead of a chart').toBe(1);
    }
  });

  it('links a linked pair both ways', () => {
    const hrefs = (path: string) => {
      const $ = page(path);
      return $('.facts a')
        .map((_, a) => $(a).attr('href'))
        .get();
    };
    expect(hrefs('indicators/plan14-pension-coverage-rate')).toContain('/indicators/plan13-pension-coverage-rate/');
    expect(hrefs('indicators/plan13-pension-coverage-rate')).toContain('/indicators/plan14-pension-coverage-rate/');
  });
});

describe('chart images', () => {
  it('come with their colours: every page with a chart carries the palette of src/lib/charts/palette.ts', () => {
    const withCharts = sitemapPaths(build).filter((path) => {
      const html = fileForPath(dist, path);
      return html !== null && html.endsWith('.html') && readFileSync(html, 'utf8').includes('class="chart"');
    });
    expect(withCharts.length).toBeGreaterThan(1);
    for (const path of withCharts) expect(loadHtml(fileForPath(dist, path)!)('head style').text(), path).toContain(chartPaletteCss());
  });

  it.each(allCharts.map((c) => [c.spec.id, c] as const))('%s: the phone and wide SVGs, the SVG download and its PNG at twice its size', (_, c) => {
    for (const img of [c.narrow, c.wide, c.download]) expect(file(img.path), img.path).toBe(img.svg);
    const png = new Uint8Array(readFileSync(join(dist, c.png)));
    expect(pngSize(png)).toEqual({ width: c.download.width * PNG_ZOOM, height: c.download.height * PNG_ZOOM });
  });
});

describe('the chapter-1 tables', () => {
  const $ = page('chapters/1');

  it('link every indicator row to its page', () => {
    for (const ind of indicators) {
      const row = $(`#column-${ind.column}-r${ind.n}`);
      expect(row.find('th a').first().attr('href'), ind.id).toBe(`/indicators/${ind.id}/`);
    }
  });

  it('name each value’s column for the narrow layout, from the printed header', () => {
    expect(
      $('#column-1-r4 td')
        .map((_, td) => $(td).attr('data-label'))
        .get(),
    ).toEqual(['2015年基数', '“十三五”规划目标', '2020年完成数']);
    expect(
      $('#column-2-r8 td')
        .map((_, td) => $(td).attr('data-label'))
        .get(),
    ).toEqual(['2020年', '2025年', '属性']);
  });

  it('link to the dashboard and to the downloads', () => {
    const hrefs = $('.itable-help a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs).toEqual([
      '/indicators/#table-1',
      '/data/indicators.csv',
      '/data/indicators.json',
      '/indicators/#table-2',
      '/data/indicators.csv',
      '/data/indicators.json',
    ]);
  });

  it('explain the marks outside the plan text', () => {
    expect($('[data-plan] .itable-help[data-ui]')).toHaveLength(2);
    expect($('[data-plan] caption[data-ui]')).toHaveLength(2);
  });
});

describe('open data', () => {
  it('indicators.csv has the Chinese headers and reads back to the data module’s records', () => {
    const { header, records } = csvRecords(file('data/indicators.csv'), INDICATOR_FIELDS);
    expect(header).toEqual(INDICATOR_FIELDS.map((f) => f.header));
    expect(records).toEqual(indicatorData.map((r) => asCsvRecord(r, INDICATOR_FIELDS)));
    expect(records.find((r) => r.id === 'plan14-unemployment-insurance-insured')).toMatchObject({
      base_value: 1047,
      target_value: 1200,
      attribute: '约束性',
      unit: '万人',
      continues: 'plan13-unemployment-insurance-insured',
    });
  });

  it('indicator-series.csv reads back to every series point', () => {
    const { header, records } = csvRecords(file('data/indicator-series.csv'), SERIES_FIELDS);
    expect(header).toEqual(SERIES_FIELDS.map((f) => f.header));
    expect(records).toEqual(seriesData.map((r) => asCsvRecord(r, SERIES_FIELDS)));
  });

  it.each(indicators.map((ind) => [ind.id, ind] as const))('data/indicators/%s.csv and .json read back to its series', (id, ind) => {
    const expected = seriesRecords(indicatorSeries(ind, indicators));
    expect(csvRecords(file(`data/indicators/${id}.csv`), SERIES_FIELDS).records).toEqual(expected.map((r) => asCsvRecord(r, SERIES_FIELDS)));
    const json = JSON.parse(file(`data/indicators/${id}.json`));
    expect(json.records).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(json.indicator.id).toBe(id);
  });

  it('targets.csv reads back to every target', () => {
    const { header, records } = csvRecords(file('data/targets.csv'), TARGET_FIELDS);
    expect(header).toEqual(TARGET_FIELDS.map((f) => f.header));
    expect(records).toEqual(targets.map((t) => asCsvRecord(t, TARGET_FIELDS)));
  });

  it('the JSON files keep the machine keys, each field with its CSV header', () => {
    const json = JSON.parse(file('data/indicators.json'));
    expect(Object.keys(json.fields)).toEqual(INDICATOR_FIELDS.map((f) => f.name));
    expect(json.fields.base_text.csv).toBe('基期数值（原文）');
    expect(json.records).toEqual(JSON.parse(JSON.stringify(indicatorData)));
    expect(JSON.parse(file('data/targets.json')).records).toEqual(JSON.parse(JSON.stringify(targets)));
  });

  it('all.json and plan-data.zip hold every dataset with its field descriptions', () => {
    const all = JSON.parse(file('data/all.json'));
    expect(Object.keys(all.datasets)).toEqual(['indicators', 'series', 'targets']);
    expect(all.datasets.series.records).toHaveLength(seriesData.length);
    const zip = unzip(new Uint8Array(readFileSync(join(dist, 'data/plan-data.zip'))));
    expect([...zip.keys()]).toEqual([...ARCHIVE_FILES]);
    expect(zip.get('indicators.csv')!.toString('utf8')).toBe(openFiles['indicators.csv']());
  });

  it('/open-data/ documents every column of every file: CSV header, JSON key, meaning', () => {
    const $ = page('open-data');
    for (const [name, fields] of [
      ['indicators', INDICATOR_FIELDS],
      ['indicator-series', SERIES_FIELDS],
      ['targets', TARGET_FIELDS],
    ] as const) {
      const rows = $(`#file-${name}`).nextAll('.table-scroll').first().find('tbody tr');
      expect(rows.map((_, tr) => [[$(tr).find('th').text(), $(tr).find('code').text()]]).get(), name).toEqual(fields.map((f) => [f.header, f.name]));
    }
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

  it('links a target that restates an indicator to the indicator’s page', () => {
    const target = targets.find((t) => t.indicator)!;
    expect(
      $(`tr#${target.id} a`)
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toContain(`/indicators/${target.indicator}/`);
  });

  it.each(targets.map((t) => [t.id, t] as const))('%s: the number is in the paragraph it links to', (_, target) => {
    const href = $(`tr#${target.id} a`).first().attr('href')!;
    const [path] = href.split('#');
    const paragraph = squash(page(path!.replace(/^\//, ''))(`#${target.anchor}`).text());
    expect(paragraph, target.anchor).toContain(squash(target.printed));
    // The printed words carry the number itself (千户 = 1000, 2/3 of the population).
    const printed = target.printed.replace('千', '1000').replace(/^万/, '10000');
    const numbers = (printed.match(/\d+(?:\.\d+)?(?:\/\d+)?/g) ?? []).map((n) =>
      n.includes('/') ? Number(n.split('/')[0]) / Number(n.split('/')[1]) : Number(n),
    );
    expect(numbers[0], target.printed).toBeCloseTo(target.value, 3);
    if (target.max !== undefined) expect(numbers[1]).toBe(target.max);
  });
});
