/**
 * For a browser test file: one Chromium and both builds (root and /plan/) served on loopback for
 * the whole file, started in beforeAll and stopped in afterAll.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';
import { BUILDS } from './paths.ts';
import { assertBuilt } from './dist.ts';

export interface Sites {
  browser(): Browser;
  /** The server of BUILDS[i]. */
  server(i: number): SiteServer;
}

export function useSites(): Sites {
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
  return { browser: () => browser!, server: (i) => servers[i]! };
}
