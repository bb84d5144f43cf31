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
echo "== unit tests"
npx vitest run
echo "== site build"
npx vite build --logLevel warn
echo "== browser tests"
npx playwright test
