#!/usr/bin/env bash
# The whole proof: install what is missing, type-check, lint, build the web
# apps, then every test (unit, integration, serial, printing, browser).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

echo "== type check"
npx tsc -p tsconfig.json
if [ -d node_modules/electron ]; then npx tsc -p tsconfig.shell.json; else echo "(Electron shells: electron not installed, skipped)"; fi
echo "== lint"
npx eslint . --max-warnings=0
echo "== build web apps"
npm run build:web --silent
mkdir -p .luot-tmp
rm -f .luot-tmp/vitest-*.json
set +e
# Unit and integration tests share the two cores; the browser tests then run
# on their own, so timing-sensitive pages (a scanner's keystroke burst, the
# announcer's queue) never compete with hubs and serial ports being tested.
echo "== unit and integration tests"
npx vitest run --project unit --project integration --reporter=default --reporter=json --outputFile.json=.luot-tmp/vitest-1.json "$@"
first=$?
echo "== browser tests (Chromium)"
npx vitest run --project e2e --reporter=default --reporter=json --outputFile.json=.luot-tmp/vitest-2.json "$@"
second=$?
set -e
node scripts/summarize-tests.mjs .luot-tmp/vitest-1.json .luot-tmp/vitest-2.json
[ "$first" -eq 0 ] && [ "$second" -eq 0 ]
