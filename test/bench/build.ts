/**
 * Build time: `astro build` of the whole site, wall clock, into a temporary folder so dist/ is
 * untouched, RUNS times (default 5), with each phase as the build's integrations record it
 * (src/integrations/build-timing.ts):
 *   pages   Astro's own work, from astro:build:start to its end (rendering every page and asset)
 *   search  the Pagefind index (records, Pagefind, fragment rewrite, loader minify, recompression)
 *   images  the chart PNGs (src/integrations/chart-images.ts; kept by content hash, so usually copies)
 *   share, offline  every page's QR code, the offline list and worker (the plan's downloads are
 *           routes, rendered with the pages)
 *   publish each page's CSP, _headers, precompressed .br/.gz copies
 *   other   the rest of the wall time: Node start, config, content sync, Vite setup
 * One more run comes first, with the caches Astro and the search index keep in .astro/ emptied, as on a
 * clean clone; medians are of the runs after it.
 *
 * Each run also builds the pages alone (test/bench/pages-only.config.mjs: Astro with MDX and the build
 * cache, none of the integrations before or after the pages): how much of the build is Astro's.
 *
 * With REFERENCE=<folder of another Astro project> (e.g. a stock Starlight site of the same plan, kept
 * outside this repository), each run builds this site, its pages alone and the reference in turn, and the
 * ratios to the reference are printed (of the medians, and the median of each run's own ratio).
 *
 *   npm run bench:build
 *   REFERENCE=../starlight-ref RUNS=7 npm run bench:build
 *   npm run bench:build -- --write        (the report also goes into docs/figures.md)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ROOT } from '../support/paths.ts';
import { report } from './figures.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const REFERENCE = process.env.REFERENCE ? resolve(process.env.REFERENCE) : undefined;
const PHASES = ['pages', 'search', 'images', 'share', 'offline', 'publish'] as const;
type Phase = (typeof PHASES)[number] | 'other' | 'total';

const work = mkdtempSync(join(tmpdir(), 'bench-build-'));
const out = join(work, 'dist');
const timings = join(work, 'timings.jsonl');

/** One `astro build` in `cwd`, wall clock and (for this site) the phases its integrations recorded. */
function build(cwd: string, args: string[] = []): Record<Phase, number> {
  rmSync(timings, { force: true });
  rmSync(out, { recursive: true, force: true });
  const { SITE_URL: _s, BASE_PATH: _b, ...env } = process.env;
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out, ...args], {
    cwd,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', PLAN_BUILD_TIMINGS: timings },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const total = performance.now() - start;
  if (result.status !== 0) throw new Error(`astro build in ${cwd} failed (exit ${result.status}):\n${result.stderr}`);
  const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<(typeof PHASES)[number], number>;
  if (existsSync(timings)) {
    for (const line of readFileSync(timings, 'utf8').trim().split('\n')) {
      const { phase, ms } = JSON.parse(line) as { phase: (typeof PHASES)[number]; ms: number };
      phases[phase] += ms;
    }
  }
  const other = total - PHASES.reduce((n, p) => n + phases[p], 0);
  return { ...phases, other, total };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const ours: Record<Phase, number>[] = [];
const alone: number[] = [];
const reference: number[] = [];
let cold: Record<Phase, number>;
try {
  // As on a clean clone: no Astro/Vite caches, no kept search-index compression.
  rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
  cold = build(ROOT);
  if (REFERENCE) build(REFERENCE); // warm the reference's caches too before the paired runs
  for (let run = 0; run < RUNS; run += 1) {
    ours.push(build(ROOT));
    alone.push(build(ROOT, ['--config', 'test/bench/pages-only.config.mjs']).total);
    if (REFERENCE) reference.push(build(REFERENCE).total);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const figures = report('build', { code: true });
figures.log(
  `astro build, ${RUNS} runs on ${cpus().length} CPU(s) (${cpus()[0]?.model.trim()}), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`,
);
figures.log(
  `first build as on a clean clone: ${sec(cold.total)} (pages ${sec(cold.pages)}, search index ${sec(cold.search)}, chart PNGs ${sec(cold.images)}, QR ${sec(cold.share)}, offline ${sec(cold.offline)}, publish ${sec(cold.publish)}, other ${sec(cold.other)})`,
);
figures.log('');
figures.log('phase                                         median   runs');
const rows: [Phase, string][] = [
  ['pages', 'pages (Astro: every page, asset, endpoint, download)'],
  ['search', 'search index (Pagefind, fragments, loader)'],
  ['images', 'chart PNGs (resvg, kept by content hash)'],
  ['share', 'QR code of every page'],
  ['offline', 'offline copy list and service worker'],
  ['publish', 'publish (CSP per page, .br/.gz copies)'],
  ['other', 'other (Node, config, content sync, Vite)'],
  ['total', 'whole build'],
];
const row = (label: string, values: number[]) =>
  figures.log(`${label.padEnd(45)} ${sec(median(values)).padStart(7)}   ${values.map((v) => (v / 1000).toFixed(2)).join(', ')}`);
for (const [phase, label] of rows) {
  const values = ours.map((r) => r[phase]);
  row(label, values);
}
row('pages alone (pages-only.config.mjs)', alone);
if (REFERENCE) {
  const totals = ours.map((r) => r.total);
  const ratios = (values: number[]) =>
    `${(median(values) / median(reference)).toFixed(2)}× (median of each run's ratio ${median(values.map((v, i) => v / reference[i]!)).toFixed(2)}×)`;
  figures.log('');
  figures.log(
    `reference ${basename(REFERENCE)}: median ${sec(median(reference))} (runs ${reference.map((v) => (v / 1000).toFixed(2)).join(', ')}), in turn with this site`,
  );
  figures.log(`ratio this site / reference: ${ratios(totals)}`);
  figures.log(`ratio pages alone / reference: ${ratios(alone)}`);
}
figures.done();
