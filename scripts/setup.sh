#!/usr/bin/env bash
# Installs everything Lượt needs on a fresh Debian machine: Node 24 LTS (from
# the npm registry when the machine's Node is another line), system packages
# (Chromium for the browser tests, socat for the serial tests' pseudo-
# terminals), the npm workspaces, and native modules built for that Node.
# Safe to run again: the second run downloads and rebuilds nothing.
#
# Usage: bash scripts/setup.sh [--for test|start]
#   --for test   (the default; `npm test`): Chromium, socat and PostgreSQL are required.
#                A missing one that cannot be installed stops with exit 1.
#   --for start  (`npm start`): they are optional. The demo hall runs in any
#                browser and opens no serial port, so a missing one is only
#                named, with the tests that need it.
# Missing packages are installed with apt-get as root, or with `sudo -n` when
# sudo needs no password; otherwise the message says what to run.
set -euo pipefail
self="$0"

purpose=test
case "${1:-}" in
  "") ;;
  --for) purpose="${2:-}" ;;
  --for=*) purpose="${1#--for=}" ;;
  -h|--help) sed -n '2,15p' "$self" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "✖ setup: unknown argument $1 (see --help)" >&2; exit 2 ;;
esac
case "$purpose" in
  test|start) ;;
  *) echo "✖ setup: --for takes test or start, got \"$purpose\"" >&2; exit 2 ;;
esac

fail() { echo "✖ setup: $*" >&2; exit 1; }
cd "$(dirname "$self")/.."

# Node 24 LTS first on PATH (fetched into .luot-runtime/ when the machine's
# Node is another line), with npm_config_nodedir at its headers.
# shellcheck source=scripts/node-runtime.sh
. scripts/node-runtime.sh
luot_use_node fetch || exit 1
command -v npm >/dev/null 2>&1 || fail "Cần npm (đi kèm Node.js) / npm is required (it comes with Node.js)."

# What each system package is for, in the words of the tests that need it.
needed_by() {
  case "$1" in
    chromium) echo "the browser tests (Playwright drives Debian's Chromium)" ;;
    socat) echo "the serial device tests (pseudo-terminals)" ;;
    postgresql) echo "the province server's tests (a real PostgreSQL in a temporary directory)" ;;
  esac
}
missing_packages() {
  local p
  for p in chromium socat; do command -v "$p" >/dev/null 2>&1 || echo "$p"; done
  # Debian keeps PostgreSQL's server binaries off PATH, under its major version.
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || echo postgresql
}

mapfile -t missing < <(missing_packages)
if [ ${#missing[@]} -gt 0 ]; then
  runner=none
  if [ "$(id -u)" = 0 ]; then runner=root
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then runner=sudo
  fi
  if [ "$runner" != none ] && command -v apt-get >/dev/null 2>&1; then
    as=()
    [ "$runner" = sudo ] && as=(sudo -n)
    echo "setup: installing ${missing[*]} with apt-get"
    if ! { "${as[@]}" apt-get update -qq && "${as[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
      echo "setup: apt-get could not install ${missing[*]}" >&2
    fi
    mapfile -t missing < <(missing_packages)
  fi
fi
if [ ${#missing[@]} -gt 0 ]; then
  how="sudo apt-get install ${missing[*]}"
  if [ "$purpose" = test ]; then
    {
      echo "✖ setup: thiếu gói hệ thống / missing system packages: ${missing[*]}"
      for p in "${missing[@]}"; do echo "  - $p: needed by $(needed_by "$p")"; done
      echo "  Install them with: $how   (then run the command again)"
    } >&2
    exit 1
  fi
  for p in "${missing[@]}"; do
    echo "setup: ⚠ $p is not installed: the demo hall does not need it, only $(needed_by "$p") do (install with: $how)" >&2
  done
fi

# The Electron binary is downloaded from GitHub by its postinstall; a closed
# hall LAN cannot reach it. Skip it here: kiosks that run the Electron shell
# fetch it with `npm run fetch-electron -w @luot/kiosk-app` (see its README).
export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
stamp=node_modules/.luot-install-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  # A fresh clone gets exactly the lock (npm ci); an existing install is only
  # brought up to date (npm install), never wiped under a running hall.
  if [ -d node_modules ] || [ ! -f package-lock.json ]; then
    npm install --no-fund --no-audit || fail "npm could not install the workspaces' packages (see its message above)."
  else
    npm ci --no-fund --no-audit || fail "npm could not install the workspaces' packages (see its message above)."
    # A clean install compiled the native modules for the Node in use.
    luot_native_target > "$LUOT_NATIVE_STAMP"
  fi
  touch "$stamp"
fi
# Modules built for another Node (an install made before the switch to 24,
# or a machine whose Node changed) are rebuilt once, then the stamp holds.
luot_native_modules_ready || exit 1
