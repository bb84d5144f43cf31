#!/usr/bin/env bash
# Every check: `npm test` (the README's test command). Geodata build -> site build -> browser
# tests (Chromium), and beside the browser tests, at the lowest CPU priority, types, format and
# lint, then the unit tests (Node). The browser tests draw in software and leave a core partly
# idle while they wait on pages (measured: about a tenth of the machine); the checks fill that
# and give way when the browser needs it (about 50 s off the run on the 2-core machine).
# Ends with how long each stage took, the ten slowest tests and the total (tests/totals.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/ensure-tools.sh

reports="$(mktemp -d)"
stages="$reports/stages.tsv"
started=$(date +%s%N)

# Runs a stage and notes how long it took; its status is the command's.
stage() {
	local name=$1
	shift
	echo "== $name"
	local t0 status=0
	t0=$(date +%s%N)
	"$@" || status=$?
	printf '%s\t%d\n' "$name" $((($(date +%s%N) - t0) / 1000000)) >>"$stages"
	return $status
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

# The checks in Node, their output kept for the end (the browser tests' list prints meanwhile).
node_checks() {
	stage "types, format, lint" check &&
		stage "unit tests" npx vitest run --reporter=default --reporter=json \
			--outputFile.json="$reports/unit.json"
}

stage "geodata" npm run --silent geodata
stage "site build" npx vite build --logLevel warn
nice -n 19 bash -c "set -uo pipefail; $(declare -f stage check node_checks)
	stages='$stages' reports='$reports' node_checks" \
	>"$reports/node-checks.log" 2>&1 &
checks=$!
browser=0
stage "browser tests" env PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" \
	npx playwright test --reporter=list,json || browser=$?
node=0
wait $checks || node=$?
echo "== types, format, lint; unit tests (run beside the browser tests)"
cat "$reports/node-checks.log"
if [ "$node" != 0 ] || [ "$browser" != 0 ]; then
	[ "$node" != 0 ] && echo "The checks in Node failed (above)."
	[ "$browser" != 0 ] && echo "The browser tests failed (see their list)."
	exit 1
fi
finished=1
# The closing lines for both runners (only reached when every step passed).
ORBIT_TEST_STARTED_NS=$started node tests/totals.mjs "$reports/unit.json" "$reports/e2e.json" "$stages"
