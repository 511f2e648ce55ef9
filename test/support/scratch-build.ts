/**
 * Builds a scratch copy of the project with files edited, for tests that a broken input fails the
 * build with a useful message. One copy per scratchBuilds() (sources copied once, node_modules
 * linked); each build edits, runs `astro build`, and restores the files, so the cases of a test file
 * share it. The build's checks stop a bad edit before any page is rendered, so a case takes seconds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface Edit {
  /** Relative to the project root. */
  file: string;
  /** Returns the new text; must change it. */
  edit: (text: string) => string;
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr, without colours. */
  output: string;
}

export interface ScratchBuilds {
  /** Builds with `file` rewritten by `edit`; throws if the edit changes nothing. */
  buildWith(file: string, edit: (text: string) => string): BuildResult;
  /** Builds with several files edited at once. */
  buildWithEdits(edits: readonly Edit[]): BuildResult;
  /** Removes the scratch copy. */
  cleanup(): void;
}

const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function scratchBuilds(prefix: string): ScratchBuilds {
  let dir: string | undefined;
  const copy = (): string => {
    if (dir) return dir;
    dir = mkdtempSync(join(tmpdir(), prefix));
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
  };
  const buildWithEdits = (edits: readonly Edit[]): BuildResult => {
    const root = copy();
    const originals = edits.map(({ file }) => [join(root, file), readFileSync(join(root, file), 'utf8')] as const);
    try {
      edits.forEach(({ file, edit }, i) => {
        const [path, before] = originals[i]!;
        const after = edit(readFileSync(path, 'utf8'));
        if (after === before) throw new Error(`scratchBuilds: the edit of ${file} changed nothing`);
        writeFileSync(path, after);
      });
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      // eslint-disable-next-line no-control-regex
      return { status: run.status, output: `${run.stdout}\n${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
    } finally {
      for (const [path, text] of originals) writeFileSync(path, text);
    }
  };
  return {
    buildWith: (file, edit) => buildWithEdits([{ file, edit }]),
    buildWithEdits,
    cleanup: () => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
