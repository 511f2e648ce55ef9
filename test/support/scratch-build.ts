/**
 * Builds a scratch copy of the project with one file edited, for tests that a broken input fails the
 * build with a useful message. Copies sources, links node_modules, runs `astro build`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface ScratchBuilds {
  /** Builds with `file` (relative to the project) rewritten by `edit`; throws if the edit changes nothing. */
  buildWith(file: string, edit: (text: string) => string): { status: number | null; output: string };
  /** Removes every scratch copy. */
  cleanup(): void;
}

export function scratchBuilds(prefix: string): ScratchBuilds {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  return {
    buildWith(file, edit) {
      const dir = mkdtempSync(join(scratch, 'case-'));
      for (const entry of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
        cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`scratchBuilds: the edit of ${file} changed nothing`);
      writeFileSync(path, after);
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    cleanup: () => rmSync(scratch, { recursive: true, force: true }),
  };
}
