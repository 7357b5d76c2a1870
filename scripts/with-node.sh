#!/usr/bin/env bash
# Runs one command on the project's Node 24 LTS, with native modules built
# for it: `bash scripts/with-node.sh npx vitest run --project unit`. The root
# package's `npm run bench` goes through it, so the bench's figures are Node
# 24's whatever Node started npm.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: bash scripts/with-node.sh COMMAND [ARGS…]" >&2; exit 2; }
cd "$(dirname "$0")/.."
# shellcheck source=scripts/node-runtime.sh
. scripts/node-runtime.sh
luot_use_node fetch || exit 1
luot_native_modules_ready || exit 1
cd - >/dev/null
exec "$@"
