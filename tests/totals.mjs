// Prints "N passed, N failed" over the Vitest and Playwright JSON reports given as arguments.
import { readFileSync } from 'node:fs';

const [unitFile, e2eFile] = process.argv.slice(2);
const unit = JSON.parse(readFileSync(unitFile, 'utf8'));
const e2e = JSON.parse(readFileSync(e2eFile, 'utf8'));
const passed = unit.numPassedTests + e2e.stats.expected + (e2e.stats.flaky ?? 0);
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0) + e2e.stats.skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
