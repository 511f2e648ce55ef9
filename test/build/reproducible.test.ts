/**
 * The same tree builds to the same bytes: two builds of the project, each in a scratch copy of its own
 * (another folder, another time zone, a minute apart), give identical file trees, every file byte for
 * byte (the pages, plan.docx, the data archive, the chart images, the search index, the compressed
 * copies, sw.js). So an unchanged rebuild is no new offline version for any reader, and a publisher
 * can tell from a checksum that nothing changed. Both builds also print no warning: a warning is
 * something a publisher must act on. Exactly two builds: this is the slowest test of its project.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist.ts';
import { TEST_SITE } from '../support/paths.ts';
import { scratchBuilds, type BuildResult } from '../support/scratch-build.ts';

const copies = [scratchBuilds('plan-repro-a-'), scratchBuilds('plan-repro-b-')];
afterAll(() => copies.forEach((c) => c.cleanup()));

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
    const builds: BuildResult[] = [
      copies[0]!.build({ env: { SITE_URL: TEST_SITE, TZ: 'Asia/Shanghai' } }),
      copies[1]!.build({ env: { SITE_URL: TEST_SITE, TZ: 'America/Los_Angeles' } }),
    ];
    for (const { status, output } of builds) expect(status, output.slice(-3000)).toBe(0);
    const [a, b] = builds.map((r) => digests(r.outDir));
    expect([...b!.keys()], 'the same files').toEqual([...a!.keys()]);
    expect(
      [...a!].filter(([file, digest]) => b!.get(file) !== digest).map(([file]) => file),
      'files that differ',
    ).toEqual([]);
    expect(a!.size).toBeGreaterThan(300);
    for (const { output } of builds)
      expect(
        output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/iu.test(line)),
        'warnings',
      ).toEqual([]);
  }, 900_000);
});
