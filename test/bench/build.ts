/**
 * Build time: `astro build` of the whole site (all chapters, the publish step with CSP hashing and
 * .br/.gz compression), wall clock, median of RUNS (default 3), into a temporary folder so dist/ is untouched.
 * One more run comes first, with the search index's Zopfli cache (.astro/cache/pagefind-zopfli) emptied,
 * as on a clean clone; the median is of the runs after it, which reuse that cache.
 *
 *   npm run bench:build
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
const times: number[] = [];
let cold = 0;
try {
  rmSync(join(ROOT, '.astro/cache/pagefind-zopfli'), { recursive: true, force: true });
  for (let run = 0; run <= RUNS; run += 1) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status})`);
    const seconds = (performance.now() - start) / 1000;
    if (run === 0) cold = seconds;
    else times.push(seconds);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`astro build, ${RUNS} runs on ${cpus().length} CPU(s) (${cpus()[0]?.model.trim()}), Node ${process.version}:`);
console.log(`first build without the Zopfli cache (as on a clean clone): ${cold.toFixed(1)} s`);
console.log(`then median ${sorted[Math.floor(RUNS / 2)]!.toFixed(1)} s (runs: ${times.map((t) => t.toFixed(1)).join(', ')} s)`);
