import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitemapPages, sitemapXml } from '../../../src/integrations/sitemap.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
for (const page of ['', 'chapters/2/', 'chapters/10/', 'errata/', '404/']) {
  mkdirSync(join(dir, page), { recursive: true });
  writeFileSync(join(dir, page, 'index.html'), '<!doctype html>');
}

describe('sitemapPages', () => {
  it('keeps the routes written as HTML pages, home first, chapters in number order, without 404 or files', () => {
    expect(sitemapPages(['errata/', 'chapters/10/', '', 'robots.txt', 'data/targets.csv', 'chapters/2/', '404/', 'missing/'], dir)).toEqual([
      '',
      'chapters/2/',
      'chapters/10/',
      'errata/',
    ]);
  });
});

describe('sitemapXml', () => {
  it('writes absolute URLs under the base', () => {
    const xml = sitemapXml(new URL('https://rsj.example.gov.cn'), '/plan/', ['', 'errata/']);
    expect(xml).toContain('<loc>https://rsj.example.gov.cn/plan/</loc>');
    expect(xml).toContain('<loc>https://rsj.example.gov.cn/plan/errata/</loc>');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
  });
});
