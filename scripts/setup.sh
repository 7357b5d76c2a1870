#!/usr/bin/env bash
# Installs everything Lượt needs on a fresh Debian machine: system packages
# (Chromium for the browser tests and smart-TV-less demos, socat for serial
# pseudo-terminals) and the npm workspaces. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v socat >/dev/null 2>&1 || need_apt+=(socat)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup: installing ${need_apt[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "setup: please install ${need_apt[*]} (sudo apt-get install ${need_apt[*]})" >&2
  fi
fi

# The Electron binary is downloaded from GitHub by its postinstall; a closed
# hall LAN cannot reach it. Skip it here: kiosks that run the Electron shell
# fetch it with `npm run fetch-electron -w @luot/kiosk-app` (see its README).
export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
stamp=node_modules/.luot-install-stamp
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  # A fresh clone gets exactly the lock (npm ci); an existing install is only
  # brought up to date (npm install), never wiped under a running hall.
  if [ -d node_modules ] || [ ! -f package-lock.json ]; then npm install --no-fund --no-audit; else npm ci --no-fund --no-audit; fi
  touch "$stamp"
fi
