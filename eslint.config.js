// ESLint for this stack: the recommended sets of ESLint, typescript-eslint and eslint-plugin-astro,
// plus the few settings that catch real bugs here. Layout is Prettier's job (prettier.config.js), so
// no style rule is enabled. What runs, how to fix a finding, where an exception goes: docs/notes/lint.md.
//
// Not type-aware: typescript-eslint's type-checked rules (no-floating-promises, no-misused-promises)
// cost ~47 s of CPU on top of ~14 s here (measured 2026-12, docs/notes/lint.md), too much for a step
// every `npm test` runs; `astro check` already type-checks everything.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Build output and files copied as they are (ESLint does not read .gitignore).
  globalIgnores(['dist/', 'dist-*/', '.astro/', '.tools/', 'test-results/', 'bench-results/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: {
      // Node for the build, scripts and tests; the browser for the pages' scripts. TypeScript checks
      // which globals each file may use (typescript-eslint turns no-undef off for it), so this only
      // serves the plain JavaScript files.
      globals: { ...globals.node, ...globals.browser },
    },
    // A disable comment that no longer disables anything is itself a finding, so exceptions do not outlive their reason.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { key: _, ...rest } = o` is how this code drops a key from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
);
