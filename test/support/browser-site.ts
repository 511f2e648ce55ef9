/**
 * The usual setup of a browser test file: the system Chromium and the built site served under its
 * base, started before the file's tests and stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';
import { assertBuilt } from './dist.ts';
import type { Build } from './paths.ts';

export interface BrowserSite {
  /** Set once beforeAll has run. */
  readonly browser: Browser;
  readonly server: SiteServer;
}

export function useBrowserSite(build: Build): BrowserSite {
  assertBuilt(build.dir);
  const state = {} as { browser: Browser; server: SiteServer };
  beforeAll(async () => {
    state.browser = await launchBrowser();
    state.server = await serveSite(build.dir, build.base);
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
