#!/usr/bin/env bash
# Installs what the tests need and the machine lacks, and nothing else. `npm test`, `.ci/run` and the
# GitHub Pages workflow all run this one script.
#
#   Node.js 24 (.nvmrc)     into .tools/ from the npm registry when the machine's is older (no root needed)
#   chromium-headless-shell the browser tests (test/e2e/), driven by playwright-core; the full chromium
#                           does too (slower), and any Chromium or Chrome on PATH, or CHROME_PATH
#   chromium                Lighthouse (npm run bench:lighthouse), which runs the full browser
#   nginx, libnginx-mod-http-brotli-static
#                           the deployment test serves dist/ with deploy/nginx.conf (and its .br copies)
#   webkit2gtk-driver, xvfb the WebKit tests (test/engines/): WebKitWebDriver and MiniBrowser on an X display
#   firefox-esr             the Firefox tests (test/engines/), over WebDriver BiDi; any Firefox will do
#   fonts-noto-cjk          the build draws the chart PNGs with it; screenshots are legible (the site loads no fonts)
#
# The system packages come from apt-get (Debian 12; Ubuntu has all but firefox-esr, whose place a
# preinstalled Firefox takes), which needs root. Not root and something missing: it says what to
# install and exits 1, so a suite never runs without a browser it needs.
#
#   scripts/install-test-tools.sh          check, install what is missing (as root)
#   scripts/install-test-tools.sh --check  only check; exit 1 listing what is missing
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/ensure-node.sh"
ensure_node

check_only=0
[ "${1:-}" = "--check" ] && check_only=1

have() {
  local found
  found="$(command -v "$1" 2>/dev/null)" && [ -x "$found" ]
}
have_any() {
  local name
  for name in "$@"; do have "$name" && return 0; done
  return 1
}
# An environment variable naming the program (as the tests accept it) counts when the file is there.
named() { [ -n "${!1:-}" ] && [ -e "${!1}" ]; }
minibrowser() { compgen -G '/usr/lib/*/webkit2gtk-4.[01]/MiniBrowser' >/dev/null || compgen -G '/usr/lib*/webkit*/MiniBrowser' >/dev/null; }

# Packages the tests do without when apt has none, each with what the run then does instead.
declare -A OPTIONAL=(
  [libnginx-mod-http-brotli-static]="the nginx test skips its one .br check (everything else runs)"
  [chromium-headless-shell]="the browser tests drive the full Chromium (the same checks, slower)"
)

# The Debian package for each thing that is missing.
find_missing() {
  missing=()
  named CHROME_PATH || have chromium-headless-shell || missing+=(chromium-headless-shell)
  have_any chromium chromium-browser google-chrome google-chrome-stable || missing+=(chromium)
  have nginx || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
  { named WEBKIT_WEBDRIVER || have WebKitWebDriver; } && { [ -n "${MINIBROWSER:-}" ] || minibrowser; } || missing+=(webkit2gtk-driver)
  named XVFB_PATH || have Xvfb || missing+=(xvfb)
  named FIREFOX_PATH || have_any firefox-esr firefox || missing+=(firefox-esr)
  [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
}
find_missing

if [ "${#missing[@]}" = 0 ]; then
  echo "== test tools: node $(node -v), all present (chromium-headless-shell, chromium, nginx, WebKitWebDriver, Xvfb, Firefox, Noto CJK)"
  exit 0
fi

if [ "$check_only" = 1 ] || [ "$(id -u)" != 0 ] || ! have apt-get; then
  {
    echo "The tests need programs this machine does not have: ${missing[*]}."
    if have apt-get; then
      echo "Install them as root (Debian/Ubuntu), then run the command again:"
      echo "  sudo bash scripts/install-test-tools.sh"
      echo "(or: sudo apt-get install ${missing[*]})"
    else
      echo "This script installs them with apt-get (Debian/Ubuntu); elsewhere install the same programs with your system's packages."
    fi
    if [[ " ${missing[*]} " == *" firefox-esr "* ]]; then
      echo "Any Firefox will do for firefox-esr (Ubuntu has no firefox-esr package): put firefox on PATH or set FIREFOX_PATH."
    fi
  } >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "== installing what the tests need and this machine lacks: ${missing[*]}"
apt-get update -qq
# Only packages apt can find: on Ubuntu, firefox-esr has none.
installable=()
unavailable=()
for pkg in "${missing[@]}"; do
  if apt-cache show "$pkg" >/dev/null 2>&1; then installable+=("$pkg"); else unavailable+=("$pkg"); fi
done
# fontconfig makes the new font known to Chromium and to the build's chart renderer.
if [[ " ${installable[*]} " == *" fonts-noto-cjk "* ]]; then installable+=(fontconfig); fi
[ "${#installable[@]}" = 0 ] || apt-get install -y -qq "${installable[@]}" >/dev/null
for pkg in "${unavailable[@]}"; do
  if [[ -v OPTIONAL[$pkg] ]]; then
    echo "== apt has no $pkg: ${OPTIONAL[$pkg]}"
    continue
  fi
  case "$pkg" in
    firefox-esr)
      echo "apt has no firefox-esr (Ubuntu): install Firefox another way (Mozilla's APT repository) or set FIREFOX_PATH; the Firefox tests fail without it." >&2
      exit 1 ;;
    *)
      echo "apt has no package $pkg: install it another way; the tests that need it fail without it." >&2
      exit 1 ;;
  esac
done
# What apt installed must now be found (a package that brings its program elsewhere would not be).
find_missing
for pkg in "${missing[@]}"; do
  [[ -v OPTIONAL[$pkg] ]] && continue
  echo "Still missing after apt-get install: $pkg. Install it another way; the tests that need it fail without it." >&2
  exit 1
done
echo "== test tools installed: ${installable[*]:-none}"
