/**
 * Test projects: unit (pure code), site (the built HTML in dist/ and dist-plan/, every page, in Node),
 * build (runs Astro on broken inputs), e2e (real Chromium against the built site) and engines (the
 * same site in WebKit and Firefox, after the others). `npm test` builds first. Browser tests open one
 * page per template plus the extremes (test/support/pages.ts); FULL=1 (`npm run test:full`) opens
 * every page and adds the files below that only the full set runs. SHOTS=1 (`npm run shots`) is the
 * shots project alone: screenshots for a person to look at. docs/testing.md says what runs where.
 */
import { defineConfig } from 'vitest/config';

const FULL = process.env.FULL === '1';
const SHOTS = process.env.SHOTS === '1';

/** Screenshots assert only that a file was written: they are for looking at (`npm run shots`), not a gate. */
const SCREENSHOTS = 'test/e2e/screenshots.spec.ts';
/**
 * In the full set only, each with its reason:
 * - the cross-engine harness's own checks (that its probes see errors, requests and overflow): they
 *   test the harness, not the site; run them after changing test/support/engines/.
 */
const FULL_ONLY = ['test/engines/harness.spec.ts'];
/**
 * The other engines in `npm test`: the phone layout in WebKit and Firefox (first screen, header
 * buttons, wide screen), which proves each engine runs and lays the site out. Their other files
 * (reading tools, search, charts, indicators, offline, axe, every page) run in the full set, which CI
 * runs before anything lands: an engine difference comes with a browser or CSS change, rarely with a
 * commit, and the two engines took 4 of the suite's minutes.
 */
const ENGINES_QUICK = ['test/engines/layout.spec.ts'];
/**
 * expect.poll waits for a page's own signal (the dock shown, a toast's text) for up to 1 s by default:
 * on a loaded machine a lazy module can take longer, and two CI runs failed so. A failing poll still
 * fails, later.
 */
const POLL = { poll: { timeout: 15_000 } };

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: SHOTS
      ? [{ test: { name: 'shots', include: [SCREENSHOTS], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false } }]
      : [
          // Groups run one after the other: unit, site and build together, then e2e, then engines. No group
          // is left at 0: Vitest runs a one-worker project of group 0 (every project, on two cores) last.
          // 30 s, not Vitest's 5: writing the .docx took over 5 s on a loaded machine (load average 30): a timeout, not a failure.
          // isolate: false: a worker keeps the modules it loaded for the next file. Importing took half of
          // these two projects' time (97 s → 25 s measured); their files share no state but what they restore.
          {
            test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, isolate: false, sequence: { groupOrder: 1 } },
          },
          {
            test: { name: 'site', include: ['test/site/**/*.test.ts'], environment: 'node', testTimeout: 30_000, isolate: false, sequence: { groupOrder: 1 } },
          },
          { test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000, sequence: { groupOrder: 1 } } },
          {
            test: {
              name: 'e2e',
              include: ['test/e2e/**/*.spec.ts'],
              exclude: [SCREENSHOTS, ...(FULL ? [] : FULL_ONLY)],
              environment: 'node',
              testTimeout: 120_000,
              hookTimeout: 120_000,
              expect: POLL,
              // One browser at a time: the machine has two cores.
              fileParallelism: false,
              // Each file launches and closes its own browser and servers; only the imported modules carry over (~1 s a file).
              isolate: false,
              sequence: { groupOrder: 2 },
            },
          },
          {
            test: {
              name: 'engines',
              include: FULL ? ['test/engines/**/*.spec.ts'] : ENGINES_QUICK,
              exclude: FULL ? [] : FULL_ONLY,
              environment: 'node',
              testTimeout: 180_000,
              hookTimeout: 90_000,
              expect: POLL,
              // One engine at a time, and only once the other projects are done: the machine has two cores.
              fileParallelism: false,
              sequence: { groupOrder: 3 },
              // One more attempt for a failed test: in a CI run on a loaded machine a WebKitWebDriver command
              // once got no answer at all (the test timed out; the next page passed). A real difference
              // between engines fails both attempts.
              retry: 1,
            },
          },
        ],
  },
});
