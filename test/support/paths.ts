/** Where tests find the project and the two builds (at the root and under BASE_PATH=/plan/). */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCE_TXT = `${ROOT}content/source/plan-source.txt`;

/**
 * The address the test builds are made for (`npm run build:all` sets SITE_URL to it): a reserved
 * .test name (RFC 2606), so no test build can pass for a real site's address.
 */
export const TEST_SITE = 'https://plan.test';

export interface Build {
  /** Folder with the built site. */
  dir: string;
  /** The base path it was built for. */
  base: string;
}

export const BUILDS: Build[] = [
  { dir: `${ROOT}dist`, base: '/' },
  { dir: `${ROOT}dist-plan`, base: '/plan/' },
];

/** The environment a scratch build needs to match the test build for `base` (as `npm run build:all` sets it). */
export const testBuildEnv = (base: string): Record<string, string> => ({ SITE_URL: TEST_SITE, ...(base === '/' ? {} : { BASE_PATH: base }) });
