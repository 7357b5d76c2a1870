#!/usr/bin/env bash
# Refreshes the images under docs/. The browser tests' screenshots land in
# .luot-tmp/screenshots/ (git-ignored), so `npm test` never rewrites tracked
# files; this script runs those tests on purpose and copies their images into
# docs/, and re-renders the printed samples.
#   scripts/refresh-docs.sh                      everything
#   scripts/refresh-docs.sh kiosk counter        only those (kiosk, counter, display-board, printing)
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(kiosk counter display-board printing)
for target in "${targets[@]}"; do
  case "$target" in
    kiosk | counter | display-board | printing) ;;
    *) echo "refresh-docs: unknown target '$target' (kiosk, counter, display-board, printing)" >&2; exit 2 ;;
  esac
done

built=no
for target in "${targets[@]}"; do
  if [ "$target" = printing ]; then
    echo "== docs/printing (sample ticket and receipt)"
    npm run render-samples --silent -w @luot/hardware
    continue
  fi
  if [ "$built" = no ]; then
    echo "== build web apps"
    npm run build:web --silent
    built=yes
  fi
  case "$target" in
    kiosk) app=kiosk-app ;;
    counter) app=counter-app ;;
    display-board) app=display-board ;;
  esac
  shots=".luot-tmp/screenshots/$target"
  echo "== docs/$target (from $app/e2e/screenshots.test.ts)"
  rm -rf "$shots"
  npx vitest run --project e2e "$app/e2e/screenshots.test.ts"
  # The test passed, so its set is complete: docs/ gets exactly that set (a screen no longer shot disappears).
  mkdir -p "docs/$target"
  rm -f "docs/$target"/*.png
  cp "$shots"/*.png "docs/$target/"
done

echo "== changed under docs/"
git status --short -- docs/ 2>/dev/null || true
