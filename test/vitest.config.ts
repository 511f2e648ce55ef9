/**
 * Test projects: unit (pure code), site (the built HTML in dist/ and dist-plan/), build (runs Astro
 * on broken inputs) and e2e (real Chromium against the built site). `npm test` builds first.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['test/site/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
