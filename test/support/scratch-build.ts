/**
 * Builds a scratch copy of the project with files edited, for tests that a broken input fails the
 * build with a useful message. One copy per scratchBuilds() (sources copied once, node_modules
 * linked); each build edits, runs `astro build`, and restores the files, so the cases of a test file
 * share it. The build's checks stop a bad edit before any page is rendered, so a case takes seconds.
 * The copy starts with the project's build caches (.astro/cache/: compressed copies and chart PNGs
 * kept by content hash, the downloads under the key of the whole tree), as a publisher's second build
 * would: a full build of the copy took 10 s instead of 20 s. `{ caches: false }` starts without them.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface Edit {
  /** Relative to the project root. */
  file: string;
  /** Returns the new text (or bytes, for a file in another encoding); must change it. */
  edit: (text: string) => string | Uint8Array;
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colours. */
  output: string;
  /** The built site (dist/ of the scratch copy), valid until the next build of the same copy. */
  outDir: string;
}

export interface ScratchOptions {
  /** Environment for the build; SITE_URL and BASE_PATH are unset unless given here. */
  env?: Record<string, string>;
}

export interface ScratchBuilds {
  /** Builds with `file` rewritten by `edit`; throws if the edit changes nothing. */
  buildWith(file: string, edit: (text: string) => string | Uint8Array, options?: ScratchOptions): BuildResult;
  /** Builds with several files edited at once. */
  buildWithEdits(edits: readonly Edit[], options?: ScratchOptions): BuildResult;
  /** Builds the copy unedited. */
  build(options?: ScratchOptions): BuildResult;
  /** Removes the scratch copy. */
  cleanup(): void;
}

const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** The build's caches (astro.config.mjs: cacheDir), each entry kept by a key of what made it. */
const CACHES = '.astro/cache';

export function scratchBuilds(prefix: string, { caches = true }: { caches?: boolean } = {}): ScratchBuilds {
  let dir: string | undefined;
  const copy = (): string => {
    if (dir) return dir;
    dir = mkdtempSync(join(tmpdir(), prefix));
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    if (caches && existsSync(join(ROOT, CACHES))) cpSync(join(ROOT, CACHES), join(dir, CACHES), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
  };
  const buildWithEdits = (edits: readonly Edit[], options: ScratchOptions = {}): BuildResult => {
    const root = copy();
    const originals = edits.map(({ file }) => [join(root, file), readFileSync(join(root, file), 'utf8')] as const);
    try {
      edits.forEach(({ file, edit }, i) => {
        const [path, before] = originals[i]!;
        const after = edit(readFileSync(path, 'utf8'));
        if (after === before) throw new Error(`scratchBuilds: the edit of ${file} changed nothing`);
        writeFileSync(path, after);
      });
      // The build gets the shell's environment without the test runner's own variables: Vitest sets
      // BASE_URL, MODE, NODE_ENV and friends, which Vite in the child would read as its own settings.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([key]) => !/^(SITE_URL|BASE_PATH|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/u.test(key)),
      );
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
      });
      // eslint-disable-next-line no-control-regex
      return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), outDir: join(root, 'dist') };
    } finally {
      for (const [path, text] of originals) writeFileSync(path, text);
    }
  };
  return {
    buildWith: (file, edit, options) => buildWithEdits([{ file, edit }], options),
    buildWithEdits,
    build: (options) => buildWithEdits([], options),
    cleanup: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
