#!/usr/bin/env bash
# Every check, in the order a failure is cheapest to find: `npm test` (the README's test command).
# Geodata build -> types, format, lint -> unit tests (Node) -> site build -> browser tests (Chromium).
# Ends with how long each stage took, the ten slowest tests and the total (tests/totals.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/ensure-chromium.sh

reports="$(mktemp -d)"
stages="$reports/stages.tsv"
started=$(date +%s%N)

# Runs a stage and notes how long it took.
stage() {
	local name=$1
	shift
	echo "== $name"
	local t0
	t0=$(date +%s%N)
	"$@"
	printf '%s\t%d\n' "$name" $((($(date +%s%N) - t0) / 1000000)) >>"$stages"
}

# On a failure, the stages that ran and their times (on success tests/totals.mjs prints them).
finished=0
on_exit() {
	if [ "$finished" = 0 ] && [ -s "$stages" ]; then
		echo "Stages before the failure (ms):"
		cat "$stages"
	fi
}
trap on_exit EXIT

# `npm run check`, its three tools side by side (each mostly on one core), their output in turn.
check() {
	npx svelte-kit sync
	local out
	out="$(mktemp -d)"
	npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings >"$out/svelte-check" 2>&1 &
	local types=$!
	npx prettier --check . >"$out/prettier" 2>&1 &
	local format=$!
	npx eslint . >"$out/eslint" 2>&1 &
	local lint=$!
	local failed=0
	wait $types || failed=1
	cat "$out/svelte-check"
	wait $format || failed=1
	cat "$out/prettier"
	wait $lint || failed=1
	cat "$out/eslint"
	return $failed
}

stage "geodata" npm run --silent geodata
stage "types, format, lint" check
stage "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
stage "site build" npx vite build --logLevel warn
stage "browser tests" env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test --reporter=list,json
finished=1
# The closing lines for both runners (only reached when every step passed).
ORBIT_TEST_STARTED_NS=$started node tests/totals.mjs "$reports/unit.json" "$reports/e2e.json" "$stages"
