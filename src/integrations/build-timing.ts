/**
 * Build phase timings for `npm run bench:build`: when PLAN_BUILD_TIMINGS names a file, each phase
 * appends one JSON line { phase, ms } to it. Otherwise this does nothing but run the phase.
 * buildTiming() marks where Astro's own work starts and ends; it must be the first integration.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

export type BuildPhase = 'pages' | 'search' | 'images' | 'share' | 'offline' | 'publish';

const record = (phase: BuildPhase, ms: number): void => {
  const file = process.env.PLAN_BUILD_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ phase, ms })}\n`);
};

/** Runs one phase and records how long it took (also when it throws). */
export async function timed<T>(phase: BuildPhase, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    record(phase, performance.now() - start);
  }
}

/** Records Astro's part of the build: from astro:build:start to the first astro:build:done hook. */
export default function buildTiming(): AstroIntegration {
  let start = 0;
  return {
    name: 'plan:build-timing',
    hooks: {
      'astro:build:start': () => {
        start = performance.now();
      },
      'astro:build:done': () => {
        record('pages', performance.now() - start);
      },
    },
  };
}
