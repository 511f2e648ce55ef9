/**
 * Lighthouse (mobile defaults: Moto G Power emulation, simulated slow 4G) on home, a chapter, the
 * indicators and the search page (those that exist in dist/), served from dist/ on loopback by the
 * tests' static server. Median of 3 runs per category, and the cumulative layout shift of every run
 * (a shift on one run in three is still a shift a reader sees); prints a Markdown table, and with
 * `-- --write` puts it into docs/figures.md. Run it on an idle machine: load lowers the scores.
 *
 *   npm run build && npm run bench:lighthouse        (RUNS=5 for more runs)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, FULL_CHROMIUM } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { BUILDS } from '../support/paths.ts';
import { assertBuilt } from '../support/dist.ts';
import { report } from './figures.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const build = BUILDS[0]!;
assertBuilt(build.dir);
const pages = [
  ['home', ''],
  ['chapter', 'chapters/2/'],
  ['indicators', 'indicators/'],
  ['search', 'search/'],
].filter(([, path]) => existsSync(join(build.dir, path!, 'index.html')));

const port = await new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address() as AddressInfo;
    probe.close(() => resolve(p));
  });
});
const profile = mkdtempSync(join(tmpdir(), 'lh-chromium-'));
const chromium = spawn(
  findChromium(FULL_CHROMIUM),
  [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
  {
    stdio: 'ignore',
  },
);
const server = await serveSite(build.dir, build.base);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const out = report('lighthouse');

try {
  for (let i = 0; i < 100; i += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/json/version`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const rows = [
    '| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS, every run |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const benchmarkIndex: number[] = [];
  for (const [name, path] of pages) {
    const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const lcp: number[] = [];
    const tbt: number[] = [];
    const cls: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`${server.url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on /${path}: ${lhr.runtimeError.message}`);
      for (const c of CATEGORIES) scores[c]!.push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
      lcp.push(Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0));
      tbt.push(Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0));
      cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
      benchmarkIndex.push(lhr.environment.benchmarkIndex);
      for (const c of CATEGORIES) {
        const failed = lhr.categories[c]!.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
        if (failed.length && run === 0) console.error(`/${path} ${c}: not full marks on ${failed.join(', ')}`);
      }
    }
    rows.push(
      `| ${name} (/${path}) | ${CATEGORIES.map((c) => median(scores[c]!)).join(' | ')} | ${median(lcp)} | ${median(tbt)} | ${cls.map((x) => Number(x.toFixed(3))).join(' / ')} |`,
    );
  }
  out.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults, median of ${RUNS} (machine benchmarkIndex ${median(benchmarkIndex)}):\n`,
  );
  out.log(rows.join('\n'));
  out.done();
} finally {
  chromium.kill();
  await server.close();
  await new Promise((r) => setTimeout(r, 300));
  rmSync(profile, { recursive: true, force: true });
}
