#!/usr/bin/env bash
# Runs the hub as a hall runs it: the bundled build (rebuilt when the sources
# changed) on plain node (Node 24 LTS), with memory settings for a small
# always-on server.
#
# glibc raises its mmap threshold after the first large free (scrypt's 16 MB
# work buffer at sign-in), after which such buffers stay in the heap and the
# process never gives the memory back; a fixed threshold and two arenas keep
# the resident size near what is really used. A small V8 young generation
# does the same for short-lived objects (measured: 166 MB → 79 MB idle after
# ten sign-ins).
#
# V8's memory saver mode: without it, the old generation may grow to about
# four times what is live before a full collection, so over a busy day the
# hub held 90+ MB of heap of which ~30 MB was live (RSS peak 176 MB against
# 132 MB with it, two simulated days, 210 clients). It costs some more
# collections, no optimisation of the code (unlike --optimize-for-size).
set -euo pipefail
hub_dir="$(cd "$(dirname "$0")/.." && pwd)"
# Node 24 LTS: a hall installs it, so this changes nothing there; in a
# checkout whose machine has another Node, the project's copy fetched by
# scripts/setup.sh is used when it is there (the native modules were built
# for it). Nothing is downloaded here.
runtime="$hub_dir/../scripts/node-runtime.sh"
if [ -f "$runtime" ]; then
  # shellcheck source=scripts/node-runtime.sh
  . "$runtime"
  luot_use_node if-present
fi
# LUOT_HUB_BUNDLE: another build to run as it is (the bench compares two builds in turn).
bundle="${LUOT_HUB_BUNDLE:-$hub_dir/dist/main.mjs}"
if [ -z "${LUOT_HUB_BUNDLE:-}" ] && { [ ! -f "$bundle" ] || [ -n "$(find "$hub_dir/src" "$hub_dir/../protocol/src" -name '*.ts' -newer "$bundle" -print -quit)" ]; }; then
  (cd "$hub_dir/.." && node --import tsx "$hub_dir/scripts/build.ts" >&2)
fi
export MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# LUOT_NODE_FLAGS: extra node flags for a diagnosis, e.g. "--cpu-prof".
# shellcheck disable=SC2086
exec node --max-semi-space-size=4 --memory-saver-mode --enable-source-maps ${LUOT_NODE_FLAGS:-} "$bundle" "$@"
