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
echo "== tests"
mkdir -p .luot-tmp
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=.luot-tmp/vitest.json "$@"
status=$?
set -e
node scripts/summarize-tests.mjs .luot-tmp/vitest.json
exit $status
