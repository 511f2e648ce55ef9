#!/usr/bin/env bash
# `npm test`: checks that the machine has what the tests need (scripts/install-test-tools.sh, which
# installs what is missing when run as root and otherwise says what to install), lints (`npm run lint`)
# while it builds the site at the root and under /plan/, type-checks, and runs every test project (test/vitest.config.ts) with
# browser tests on one page per template plus the extremes. With --full (`npm run test:full`): the
# browser projects on every page, and the files kept for the full set (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-tools.sh
. scripts/ensure-node.sh
ensure_node
export ASTRO_TELEMETRY_DISABLED=1
vitest=(node node_modules/vitest/vitest.mjs run --config test/vitest.config.ts)
if [ "${1:-}" = "--full" ]; then
  shift
  npm run build:all
  FULL=1 "${vitest[@]}" --project e2e --project engines --reporter=default --reporter=json --outputFile.json=test-results/vitest-full.json "$@"
else
  # Lint beside the two builds (it reads only sources; two cores): its findings print once the builds
  # are done, and stop the run there (docs/lint.md). Then the type check, which writes .astro/ as the
  # builds do, so it runs after them.
  mkdir -p test-results
  npm run lint >test-results/lint.log 2>&1 &
  lint=$!
  trap 'kill "$lint" 2>/dev/null || true' EXIT
  npm run build:all
  lint_status=0
  wait "$lint" || lint_status=$?
  cat test-results/lint.log
  [ "$lint_status" = 0 ] || exit "$lint_status"
  npm run check
  "${vitest[@]}" --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
fi
