/**
 * The usual setup of a browser test file: the system Chromium and built sites served on loopback
 * under their base paths, started in beforeAll and stopped in afterAll. Call once at the top level.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';
import { BUILDS, type Build } from './paths.ts';
import { assertBuilt } from './dist.ts';

export interface Sites {
  browser(): Browser;
  /** The server of builds[i]. */
  server(i: number): SiteServer;
}

export function useSites(builds: Build[] = BUILDS): Sites {
  for (const build of builds) assertBuilt(build.dir);
  let browser: Browser | undefined;
  const servers: SiteServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const build of builds) servers.push(await serveSite(build.dir, build.base));
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  return {
    browser: () => {
      if (!browser) throw new Error('useSites(): the browser is only available inside tests and hooks');
      return browser;
    },
    server: (i) => servers[i]!,
  };
}
