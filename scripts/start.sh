#!/usr/bin/env bash
# `npm start`: builds the site for http://localhost:4321 and serves it there (Astro's preview server).
# Brings Node.js 24 into .tools/ first when the machine's is older (scripts/ensure-node.sh), so
# `npm install && npm start` works with the Node.js a Debian or Ubuntu machine ships.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/ensure-node.sh
ensure_node
export ASTRO_TELEMETRY_DISABLED=1
SITE_URL=http://localhost:4321 node node_modules/astro/bin/astro.mjs build
exec node node_modules/astro/bin/astro.mjs preview --port 4321 "$@"
