// The closing lines of `npm test`, from the Vitest and Playwright JSON reports given as arguments
// (and run-all.sh's stage times, if given): how long each stage took, the ten slowest tests of
// both runners, the total time, then "N passed, N failed" (the exit code follows it).
import { existsSync, readFileSync } from 'node:fs';

const [unitFile, e2eFile, stagesFile] = process.argv.slice(2);
const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
const e2e = JSON.parse(readFileSync(e2eFile, 'utf8'));

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`.padStart(8);

/** Every test of both runners: where it is, what it is called, how long it took (ms). */
function allTests() {
	const tests = [];
	for (const file of unit.testResults ?? [])
		for (const t of file.assertionResults ?? [])
			tests.push({
				runner: 'unit',
				name: `${file.name.replace(`${process.cwd()}/`, '')} › ${t.fullName ?? t.title}`,
				ms: t.duration ?? 0
			});
	const walk = (suite, file) => {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests ?? [])
				for (const result of test.results ?? [])
					tests.push({
						runner: `e2e ${test.projectName}`,
						name: `${spec.file ?? file}:${spec.line} › ${spec.title}`,
						ms: result.duration ?? 0
					});
		for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
	};
	for (const suite of e2e.suites ?? []) walk(suite, suite.file);
	return tests;
}

if (stagesFile && existsSync(stagesFile)) {
	// Stages in the order they finished; the checks in Node run beside the browser tests.
	console.log('\nStages:');
	for (const line of readFileSync(stagesFile, 'utf8').trim().split('\n')) {
		const [name, ms] = line.split('\t');
		console.log(`${seconds(Number(ms))}  ${name}`);
	}
}

const tests = allTests();
console.log('\nThe ten slowest tests:');
for (const t of [...tests].sort((a, b) => b.ms - a.ms).slice(0, 10))
	console.log(`${seconds(t.ms)}  [${t.runner}] ${t.name}`);
const unitMs = (unit.testResults ?? []).reduce(
	(sum, f) => sum + Math.max(0, (f.endTime ?? 0) - (f.startTime ?? 0)),
	0
);
console.log(
	`\nUnit tests: ${tests.filter((t) => t.runner === 'unit').length} in ${seconds(unitMs).trim()} of test files; ` +
		`browser tests: ${tests.filter((t) => t.runner !== 'unit').length} in ${seconds(e2e.stats.duration).trim()}.`
);

const started = process.env.ORBIT_TEST_STARTED_NS;
if (started) {
	const ms = Date.now() - Number(BigInt(started) / 1_000_000n);
	console.log(`Total time: ${seconds(ms).trim()} (${(ms / 60_000).toFixed(1)} min).`);
}

const passed = unit.numPassedTests + e2e.stats.expected + (e2e.stats.flaky ?? 0);
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0) + e2e.stats.skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
