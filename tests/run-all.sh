#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find: `npm test` (the README's test command).
# Geodata build -> types, format, lint -> unit tests (Node) -> site build -> browser tests (Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/ensure-chromium.sh

echo "== geodata"
npm run --silent geodata
echo "== types, format, lint"
npm run --silent check
reports="$(mktemp -d)"
echo "== unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
echo "== site build"
npx vite build --logLevel warn
echo "== browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test --reporter=list,json
# One closing line for both runners (only reached when every step passed).
node tests/totals.mjs "$reports/unit.json" "$reports/e2e.json"
