/**
 * The second build of the offline tests (offline.spec.ts, offline-update.spec.ts): the tree of a test
 * build with one edit of each kind of file a page loads: a page text (the footer, so every page
 * changes), a string in /reader-tools.json (a file without a hash in its name, fetched when the reading
 * tools open) and the tools' stylesheet (a hashed file in _assets/, so the first build's name is gone).
 *
 * A real build takes about ten seconds, so it is made once and kept in the system's temporary folder
 * under a key of the source tree (the build cache's key: src/, content/, the config and the lockfile),
 * the first build's service worker (which names every file of that build, public/'s too, by its
 * content hash), the environment and the edits: both files, and the next run of an unchanged tree, use
 * the same one. Kept builds of the same base older than a day are removed when a new one is made
 * (not younger ones: another checkout's suite may be reading its own).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKey } from '../../src/integrations/build-cache.ts';
import { ROOT, TEST_SITE, testBuildEnv, type Build } from './paths.ts';
import { scratchBuilds, type Edit } from './scratch-build.ts';

/** The footer's last sentence, which the second build ends with （第二版）. */
export const FOOTER = '本站不使用第三方资源';
/** The legend of the panel's text-size group, from /reader-tools.json, in each build. */
export const SIZE_FIRST = '字号';
export const SIZE_SECOND = '字号（第二版）';

const DAY = 24 * 60 * 60 * 1000;

const EDITS: Edit[] = [
  { file: 'src/i18n/ui.ts', edit: (s) => s.replace(FOOTER, `${FOOTER}（第二版）`) },
  { file: 'src/i18n/reader-ui.json', edit: (s) => s.replace(`"reader.size": "${SIZE_FIRST}"`, `"reader.size": "${SIZE_SECOND}"`) },
  { file: 'src/reader/reader-tools.css', edit: (s) => `${s}\n.second-build-marker { color: inherit; }\n` },
];

/** The folder of the second build of `first` (a test build: dist/ or dist-plan/), built if not kept yet. */
export function secondBuild(first: Build): string {
  const env = testBuildEnv(first.base);
  const key = createHash('sha256')
    .update(buildKey(ROOT, { site: TEST_SITE, base: first.base, sourceDateEpoch: undefined, node: process.version }))
    .update(readFileSync(join(first.dir, 'sw.js')))
    .update(JSON.stringify(env))
    .update(EDITS.map(({ file, edit }) => `${file}\n${edit.toString()}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const prefix = `plan-second-build-${first.base === '/' ? 'root' : first.base.replace(/\W/gu, '')}-`;
  const dir = join(tmpdir(), `${prefix}${key}`);
  if (existsSync(dir)) return dir;
  const scratch = scratchBuilds('plan-second-');
  try {
    const built = scratch.buildWithEdits(EDITS, { env });
    if (built.status !== 0) throw new Error(`scratch build failed:\n${built.output}`);
    const staging = mkdtempSync(join(tmpdir(), 'plan-second-staging-'));
    cpSync(built.outDir, staging, { recursive: true });
    for (const old of readdirSync(tmpdir()).filter((name) => name.startsWith(prefix))) {
      if (Date.now() - statSync(join(tmpdir(), old)).mtimeMs > DAY) rmSync(join(tmpdir(), old), { recursive: true, force: true });
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another run of the same tree kept the same build first.
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(dir)) throw error;
    }
  } finally {
    scratch.cleanup();
  }
  return dir;
}
