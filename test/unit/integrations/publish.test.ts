import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import publish, { createSearchDetector, headersFile, pageUrlPath } from '../../../src/integrations/publish.ts';

/** Calls the integration's config:done hook with just the fields it reads. */
const configDone = (integrationNames: string[], base = '/') => {
  const hook = publish().hooks['astro:config:done']!;
  const config = {
    base,
    cacheDir: new URL('file:///tmp/astro-cache/'),
    integrations: integrationNames.map((name) => ({ name, hooks: {} })),
  } as unknown as AstroConfig;
  return () => hook({ config, logger: {} as AstroIntegrationLogger } as Parameters<typeof hook>[0]);
};

const dir = mkdtempSync(join(tmpdir(), 'publish-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('publish integration', () => {
  it('refuses to run before another integration, which could write files it would not hash or compress', () => {
    expect(configDone(['@astrojs/mdx', 'plan:publish', 'pagefind'])).toThrow(/must be the last integration/);
    expect(configDone(['@astrojs/mdx', 'pagefind', 'plan:publish'])).not.toThrow();
  });

  it("writes _headers: security headers for all, immutable assets, each page's policy on its own path only", () => {
    const text = headersFile('/plan/', [
      { path: '/plan/', policy: "default-src 'self'" },
      { path: '/plan/search/', policy: "script-src 'self' 'wasm-unsafe-eval'" },
    ]);
    expect(text).toMatch(/^\/plan\/\*\n {2}X-Content-Type-Options: nosniff\n/);
    expect(text.split('\n\n')[0]).not.toContain('Content-Security-Policy');
    expect(text).toContain('/plan/_assets/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text).toContain("/plan/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n");
    expect(text).toContain("/plan/search/\n  Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'; frame-ancestors 'self'\n");
    expect(text.match(/Content-Security-Policy/g)).toHaveLength(2);
  });

  it('maps page files to the paths they are served at', () => {
    expect(pageUrlPath('/', 'index.html')).toBe('/');
    expect(pageUrlPath('/plan/', 'chapters/3/index.html')).toBe('/plan/chapters/3/');
    expect(pageUrlPath('/plan/', '404.html')).toBe('/plan/404.html');
  });

  it('finds the pages whose scripts, directly or through their imports, load Pagefind', () => {
    mkdirSync(join(dir, '_assets'), { recursive: true });
    writeFileSync(join(dir, '_assets/search.js'), 'import{t as e}from"./helper.js";import(`./runner.js`)');
    writeFileSync(join(dir, '_assets/helper.js'), 'export const t=1');
    writeFileSync(join(dir, '_assets/runner.js'), 'const p=import(`${base}pagefind/pagefind.js`)');
    writeFileSync(join(dir, '_assets/header.js'), 'import"./helper.js"');
    const runsSearch = createSearchDetector(dir, '/plan/');
    expect(runsSearch('<script type="module" src="/plan/_assets/search.js"></script>')).toBe(true);
    expect(runsSearch('<script type="module" src="/plan/_assets/header.js"></script>')).toBe(false);
    expect(runsSearch('<script>inline</script>')).toBe(false);
  });
});
