/**
 * For browser test files: starts the system Chromium and serves every build (root and /plan/) before
 * the file's tests, and stops both after them. Call once at the top level of a *.spec.ts file.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';
import { BUILDS } from './paths.ts';
import { assertBuilt } from './dist.ts';

export interface LiveSite {
  /** The running browser (available inside tests and hooks). */
  readonly browser: Browser;
  /** One server per entry of BUILDS, in the same order. */
  readonly servers: SiteServer[];
}

export function liveSite(): LiveSite {
  let browser: Browser | undefined;
  const servers: SiteServer[] = [];
  beforeAll(async () => {
    for (const build of BUILDS) assertBuilt(build.dir);
    browser = await launchBrowser();
    for (const build of BUILDS) servers.push(await serveSite(build.dir, build.base));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  return {
    get browser() {
      if (!browser) throw new Error('liveSite(): the browser is only available inside tests and hooks');
      return browser;
    },
    servers,
  };
}
