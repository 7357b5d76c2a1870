#!/usr/bin/env bash
# The API documents as an integrator's tools see them (the hub's and the
# province server's): valid against the official OpenAPI 3.1 JSON Schema
# (@seriousme/openapi-schema-validator), and clean under Redocly CLI's
# recommended rules (any error fails; the few accepted warnings are listed,
# with why, in hub-server/.redocly.lint-ignore.yaml). Both run offline: no
# telemetry, no update check.
set -uo pipefail
cd "$(dirname "$0")/.."
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
status=0
config="$PWD/hub-server/redocly.yaml"
for dir in hub-server province-server; do
  if ! out=$(cd "$dir" && npx --no-install validate-api openapi.yaml 2>&1); then
    printf '%s/openapi.yaml does not validate against the OpenAPI 3.1 schema:\n%s\n' "$dir" "$out"
    status=1
    continue
  fi
  echo "$dir/openapi.yaml: valid against the OpenAPI 3.1 schema"
  out=$(cd "$dir" && npx --no-install redocly lint openapi.yaml --config "$config" --format=stylish 2>&1) || status=1
  # Everything but Redocly's boxed Node-version banner.
  printf '%s\n' "$out" | grep -v -e '[║╔╚]' | sed '/^$/d'
done
exit "$status"
