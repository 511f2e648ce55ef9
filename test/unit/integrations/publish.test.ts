import { describe, expect, it } from 'vitest';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import publish, { headersFile } from '../../../src/integrations/publish.ts';

/** Calls the integration's config:done hook with just the fields it reads. */
const configDone = (integrationNames: string[], base = '/') => {
  const hook = publish().hooks['astro:config:done']!;
  const config = { base, integrations: integrationNames.map((name) => ({ name, hooks: {} })) } as unknown as AstroConfig;
  return () => hook({ config, logger: {} as AstroIntegrationLogger } as Parameters<typeof hook>[0]);
};

describe('publish integration', () => {
  it('refuses to run before another integration, which could write files it would not hash or compress', () => {
    expect(configDone(['@astrojs/mdx', 'plan:publish', 'pagefind'])).toThrow(/must be the last integration/);
    expect(configDone(['@astrojs/mdx', 'pagefind', 'plan:publish'])).not.toThrow();
  });

  it('writes _headers rules for the base path: policy with frame-ancestors, security headers, immutable assets', () => {
    const text = headersFile('/plan/', "default-src 'self'");
    expect(text).toContain("/plan/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff");
    expect(text).toContain('/plan/_assets/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
