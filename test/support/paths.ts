/** Where tests find the project and the two builds (at the root and under BASE_PATH=/plan/). */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCE_TXT = `${ROOT}content/source/plan-source.txt`;

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
