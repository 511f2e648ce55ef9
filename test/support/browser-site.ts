/** useSites() for a single build, for test files that exercise one build at a time. */
import type { Browser } from 'playwright-core';
import type { SiteServer } from './server.ts';
import type { Build } from './paths.ts';
import { useSites } from './sites.ts';

export interface BrowserSite {
  /** Available inside tests and hooks. */
  readonly browser: Browser;
  readonly server: SiteServer;
}

export function useBrowserSite(build: Build): BrowserSite {
  const sites = useSites([build]);
  return {
    get browser() {
      return sites.browser();
    },
    get server() {
      return sites.server(0);
    },
  };
}
