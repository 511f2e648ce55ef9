#!/usr/bin/env bash
# `npm run lint`: ESLint (eslint.config.js), Prettier's check (prettier.config.js, .prettierignore) and
# knip (knip.jsonc) over the whole repository. Runs all three, so one run lists every finding, and
# exits non-zero when any of them finds anything (warnings included). `npm test` runs it before the
# build. `npm run format` rewrites what Prettier would change. docs/lint.md says how to fix a
# finding and where an exception goes.
set -uo pipefail
cd "$(dirname "$0")/.."
failed=()
run() {
  local name="$1"
  shift
  echo "== $name"
  "$@" || failed+=("$name")
}
# Caches live in node_modules/.cache, so a second run only re-reads changed files.
run eslint node node_modules/eslint/bin/eslint.js . --max-warnings 0 --cache --cache-location node_modules/.cache/eslint/
run prettier node node_modules/prettier/bin/prettier.cjs --check . --cache --log-level warn
run knip node node_modules/knip/bin/knip.js --no-progress
if [ ${#failed[@]} -gt 0 ]; then
  echo "npm run lint: findings from ${failed[*]} (docs/lint.md says how to fix them)" >&2
  exit 1
fi
echo "npm run lint: no findings"
