#!/usr/bin/env bash
# The API document as an integrator's tools see it: valid against the official
# OpenAPI 3.1 JSON Schema (@seriousme/openapi-schema-validator), and clean under
# Redocly CLI's recommended rules (any error fails; the few accepted warnings
# are listed, with why, in hub-server/.redocly.lint-ignore.yaml). Both run
# offline: no telemetry, no update check.
set -uo pipefail
cd "$(dirname "$0")/../hub-server"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
if ! out=$(npx --no-install validate-api openapi.yaml 2>&1); then
  printf 'openapi.yaml does not validate against the OpenAPI 3.1 schema:\n%s\n' "$out"
  exit 1
fi
echo "openapi.yaml: valid against the OpenAPI 3.1 schema"
out=$(npx --no-install redocly lint openapi.yaml --config redocly.yaml --format=stylish 2>&1)
status=$?
# Everything but Redocly's boxed Node-version banner.
printf '%s\n' "$out" | grep -v -e '[║╔╚]' | sed '/^$/d'
exit "$status"
