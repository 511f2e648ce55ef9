# Sourced (not run) by scripts/start.sh, scripts/test.sh, scripts/install-test-tools.sh and .ci/run:
# puts a Node.js the project supports first on PATH. The major version is the one in .nvmrc (Astro 7
# refuses older ones). When the machine's node is older, or missing, that Node comes from the npm
# registry (the `node` package, which fetches the official binary) into .tools/node<major>/, which
# git ignores; later runs reuse it. Needs npm (any version) and the registry the first time only.
# bash, since npm runs these scripts with sh but they start with `bash scripts/…`.

PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_MAJOR="$(tr -dc '0-9' <"$PROJECT_ROOT/.nvmrc")"
NODE_TOOLS="$PROJECT_ROOT/.tools/node$NODE_MAJOR"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e "process.exit(Number(process.versions.node.split('.')[0]) >= $NODE_MAJOR ? 0 : 1)" 2>/dev/null
}

ensure_node() {
  node_ok && return 0
  local had
  had="$(node -v 2>/dev/null || echo 'no node')"
  if [ ! -x "$NODE_TOOLS/node_modules/node/bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "This project needs Node.js $NODE_MAJOR or newer, and there is $had and no npm to fetch it with." >&2
      echo "Install Node.js $NODE_MAJOR (https://nodejs.org/) and run the command again." >&2
      return 1
    fi
    echo "== $had is older than Node.js $NODE_MAJOR, which Astro needs: installing Node.js $NODE_MAJOR from the npm registry into .tools/ (once)" >&2
    npm install --prefix "$NODE_TOOLS" --no-audit --no-fund --no-save --loglevel=error "node@$NODE_MAJOR" >&2 || {
      echo "Node.js $NODE_MAJOR did not install from the npm registry. Install it yourself (https://nodejs.org/) and run the command again." >&2
      return 1
    }
  fi
  export PATH="$NODE_TOOLS/node_modules/node/bin:$PATH"
  node_ok || {
    echo "The Node.js in $NODE_TOOLS does not run ($(node -v 2>&1)). Remove .tools/ and run the command again." >&2
    return 1
  }
}
