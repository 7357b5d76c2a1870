#!/usr/bin/env bash
# The whole proof: install what is missing (Node 24 LTS included), type-check,
# lint, check the API document, build the web apps, then every test (unit,
# integration, serial, printing, browser), all on Node 24.
set -euo pipefail
cd "$(dirname "$0")/.."
# Everything below (npx, tsc, eslint, vitest and what the tests spawn) runs
# on Node 24 LTS: the machine's, or the project's copy fetched by setup.
# shellcheck source=scripts/node-runtime.sh
. scripts/node-runtime.sh
luot_use_node fetch || exit 1
bash scripts/setup.sh
echo "== on Node $(node --version) ($(command -v node))"

echo "== type check"
npx tsc -p tsconfig.json
if [ -d node_modules/electron ]; then npx tsc -p tsconfig.shell.json; else echo "(Electron shells: electron not installed, skipped)"; fi
echo "== lint"
npx eslint . --max-warnings=0
echo "== API document (OpenAPI 3.1 schema, Redocly recommended rules)"
bash scripts/check-openapi.sh
echo "== build web apps"
npm run build:web --silent
mkdir -p .luot-tmp
rm -f .luot-tmp/vitest-*.json
# Tests write nothing tracked (screenshots go to .luot-tmp/screenshots/;
# `npm run docs:screenshots` refreshes docs/). What git sees now is compared
# with what it sees after the tests: on a clean clone, that means clean.
in_git=no
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then in_git=yes; fi
[ "$in_git" = no ] || before=$(git status --porcelain --untracked-files=all)
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
dirtied=0
if [ "$in_git" = yes ]; then
  after=$(git status --porcelain --untracked-files=all)
  if [ "$after" != "$before" ]; then
    dirtied=1
    echo "== the tests changed the checkout (tests must write only to ignored folders such as .luot-tmp/):"
    comm -13 <(printf '%s\n' "$before" | sort) <(printf '%s\n' "$after" | sort) | sed 's/^/  /'
  fi
fi
[ "$first" -eq 0 ] && [ "$second" -eq 0 ] && [ "$dirtied" -eq 0 ]
