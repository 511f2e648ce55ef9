/**
 * What the publish step refuses, and what a build without SITE_URL writes: scratch builds of the
 * project, each with one change, checked for their exit status, message and output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist.ts';
import { scratchBuilds } from '../support/scratch-build.ts';

const scratch = scratchBuilds('plan-publish-');
afterAll(() => scratch.cleanup());

describe('inline code the Content-Security-Policy would not allow', () => {
  it('fails the build naming the page when an inline script is not in the allowlist', () => {
    const { status, output } = scratch.buildWith('src/pages/errata.astro', (t) => t.replace('</main>', '<script is:inline>window.injected = 1;</script></main>'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/errata\/index\.html: inline script not in the allowlist: <script>window\.injected = 1;/);
    expect(output).toContain('src/integrations/csp.ts INLINE_SCRIPTS');
  }, 120_000);

  it('fails the build naming the page when an element has an inline event handler', () => {
    const { status, output } = scratch.buildWith('src/pages/errata.astro', (t) => t.replace('</main>', '<button type="button" onclick="go()">x</button></main>'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/errata\/index\.html: inline event handler onclick="go\(\)"/);
  }, 120_000);
});

describe('SITE_URL and BASE_PATH', () => {
  it('builds without SITE_URL with a loud warning and no localhost (or any absolute own) address anywhere', () => {
    const { status, output, outDir } = scratch.build();
    expect(status, output).toBe(0);
    expect(output).toMatch(/SITE_URL is not set/);
    const text = listFiles(outDir).filter((f) => /\.(html|xml|txt|json|csv|js|svg|css)$/.test(f));
    expect(text.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(join(outDir, f), 'utf8')))).toEqual([]);
    expect(existsSync(join(outDir, 'sitemap.xml'))).toBe(false);
    // A QR code needs the address too: none is made, rather than one of a guessed address.
    expect(listFiles(outDir).filter((f) => f.endsWith('qr.svg'))).toEqual([]);
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    const chapter = readFileSync(join(outDir, 'chapters/3/index.html'), 'utf8');
    expect(chapter).not.toContain('rel="canonical"');
    expect(chapter).toContain('<span data-url></span>');
  }, 120_000);

  it('takes a path in SITE_URL as the base path', () => {
    const { status, output, outDir } = scratch.build({ env: { SITE_URL: 'https://rsj.example.gov.cn/plan' } });
    expect(status, output).toBe(0);
    const locs = [...readFileSync(join(outDir, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs[0]).toBe('https://rsj.example.gov.cn/plan/');
    expect(locs.every((l) => l.startsWith('https://rsj.example.gov.cn/plan/'))).toBe(true);
    expect(readFileSync(join(outDir, 'chapters/3/index.html'), 'utf8')).toContain('<link rel="canonical" href="https://rsj.example.gov.cn/plan/chapters/3/">');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="/plan/chapters/1/"');
  }, 120_000);

  it.each([
    [{ BASE_PATH: '/plan//' }, 'BASE_PATH=/plan// has an empty segment'],
    [{ BASE_PATH: 'plan' }, 'BASE_PATH=plan must start with "/"'],
    [{ SITE_URL: 'ftp://rsj.example.gov.cn' }, 'SITE_URL=ftp://rsj.example.gov.cn must start with https:// or http://'],
    [{ SITE_URL: 'rsj.example.gov.cn' }, 'SITE_URL=rsj.example.gov.cn is not an absolute URL'],
    [{ SITE_URL: 'https://rsj.example.gov.cn/a/', BASE_PATH: '/b/' }, 'SITE_URL=https://rsj.example.gov.cn/a/ has the path /a/ but BASE_PATH=/b/'],
  ])('refuses %o with a message naming the variable', (env, message) => {
    const { status, output } = scratch.build({ env });
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(output).not.toContain('Missing parameter');
  }, 120_000);
});
