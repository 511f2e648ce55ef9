/**
 * Builds a scratch copy of the project with one file edited, for tests that a broken input fails the
 * build with a useful message. Copies sources, links node_modules, runs `astro build`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface ScratchBuild {
  status: number | null;
  output: string;
  /** The built site (dist/ of the scratch copy). */
  outDir: string;
}

export interface ScratchOptions {
  /** Environment for the build; SITE_URL and BASE_PATH are unset unless given here. */
  env?: Record<string, string>;
}

export interface ScratchBuilds {
  /** Builds with `file` (relative to the project) rewritten by `edit`; throws if the edit changes nothing. */
  buildWith(file: string, edit: (text: string) => string, options?: ScratchOptions): ScratchBuild;
  /** Builds an unedited copy. */
  build(options?: ScratchOptions): ScratchBuild;
  /** Removes every scratch copy. */
  cleanup(): void;
}

export function scratchBuilds(prefix: string): ScratchBuilds {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  const run = (edits: { file: string; edit: (text: string) => string }[], options: ScratchOptions = {}): ScratchBuild => {
    const dir = mkdtempSync(join(scratch, 'case-'));
    for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const { file, edit } of edits) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`scratchBuilds: the edit of ${file} changed nothing`);
      writeFileSync(path, after);
    }
    // The build gets the shell's environment without the test runner's own variables: Vitest sets
    // BASE_URL, MODE, NODE_ENV and friends, which Vite in the child would read as its own settings.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(SITE_URL|BASE_PATH|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|VITE_.*)$/u.test(key)),
    );
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: join(dir, 'dist') };
  };
  return {
    buildWith: (file, edit, options) => run([{ file, edit }], options),
    build: (options) => run([], options),
    cleanup: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
