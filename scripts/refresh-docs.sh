#!/usr/bin/env bash
# Refreshes the images under docs/. The browser tests' screenshots land in
# .luot-tmp/screenshots/ (git-ignored), so `npm test` never rewrites tracked
# files; this script runs those tests on purpose and copies their images into
# docs/, and re-renders the printed samples.
#   scripts/refresh-docs.sh                      everything
#   scripts/refresh-docs.sh kiosk counter        only those (kiosk, counter, admin, display-board, printing)
# admin: the admin console's screens, from counter-app/e2e/admin-screenshots.test.ts and any
# counter-app/e2e/admin-*-screenshots.test.ts (one file per team of screens).
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(kiosk counter admin display-board printing)
for target in "${targets[@]}"; do
  case "$target" in
    kiosk | counter | admin | display-board | printing) ;;
    *) echo "refresh-docs: unknown target '$target' (kiosk, counter, admin, display-board, printing)" >&2; exit 2 ;;
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
    # Files beside screenshots.test.ts that shoot a screen of their own flow into the same set.
    kiosk) tests=(kiosk-app/e2e/screenshots.test.ts kiosk-app/e2e/kiosk-phone-offer.test.ts) ;;
    counter) tests=(counter-app/e2e/screenshots.test.ts counter-app/e2e/counter-outbox.test.ts) ;;
    admin) tests=(counter-app/e2e/admin-screenshots.test.ts counter-app/e2e/admin-*-screenshots.test.ts) ;;
    display-board) tests=(display-board/e2e/screenshots.test.ts) ;;
  esac
  shots=".luot-tmp/screenshots/$target"
  echo "== docs/$target (from ${tests[*]})"
  rm -rf "$shots"
  for test in "${tests[@]}"; do
    # An unmatched glob stays as the pattern: skip it.
    [ -f "$test" ] || continue
    npx vitest run --project e2e "$test"
  done
  # The test passed, so its set is complete: docs/ gets exactly that set (a screen no longer shot disappears).
  mkdir -p "docs/$target"
  rm -f "docs/$target"/*.png
  cp "$shots"/*.png "docs/$target/"
done

echo "== changed under docs/"
git status --short -- docs/ 2>/dev/null || true
