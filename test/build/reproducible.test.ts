/**
 * The same tree builds to the same bytes: the site `npm test` built in dist/ (this folder, UTC, with
 * the caches of .astro/) and a build of a scratch copy (another folder, another time zone, no caches,
 * minutes later) are identical file trees, every file byte for byte (the pages, plan.docx, the data
 * archive, the chart images, the search index, the compressed copies, sw.js). So an unchanged rebuild
 * is no new offline version for any reader, and a publisher can tell from a checksum that nothing
 * changed. The build also prints no warning: a warning is something a publisher must act on. One build
 * of its own: dist/ is the other (built with SITE_URL=TEST_SITE by `npm run build:all`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist.ts';
import { BUILDS, TEST_SITE } from '../support/paths.ts';
import { scratchBuilds, type BuildResult } from '../support/scratch-build.ts';

const scratch = scratchBuilds('plan-repro-', { caches: false });
afterAll(() => scratch.cleanup());

const digests = (dir: string): Map<string, string> =>
  new Map(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('two builds of the same tree', () => {
  it('write identical files, byte for byte, and print no warning', () => {
    const build: BuildResult = scratch.build({ env: { SITE_URL: TEST_SITE, TZ: 'America/Los_Angeles' } });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const a = digests(BUILDS[0]!.dir);
    const b = digests(build.outDir);
    expect([...b.keys()], 'the same files (a dist/ older than the tree? `npm run build:all` first)').toEqual([...a.keys()]);
    expect(
      [...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file),
      'files that differ (a dist/ older than the tree? `npm run build:all` first)',
    ).toEqual([]);
    expect(a.size).toBeGreaterThan(300);
    expect(
      build.output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/iu.test(line)),
      'warnings',
    ).toEqual([]);
  }, 900_000);
});
