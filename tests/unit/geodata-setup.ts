/**
 * Vitest's global setup: the geodata build, run once for every unit test (it places every year's
 * labels, so it takes seconds). Its files are written where `$lib/generated/` points in the unit
 * tests (vite.config.ts), so the site's modules read this build and not whatever
 * `npm run geodata` last left in src/lib/generated, and handed to the tests as `inject('geodata')`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildGeodata } from '../../geodata/build';
import { TEST_GENERATED_DIR } from './generated-dir';

export default function setup(project: TestProject) {
	const started = performance.now();
	const files = buildGeodata();
	rmSync(TEST_GENERATED_DIR, { recursive: true, force: true });
	mkdirSync(TEST_GENERATED_DIR, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(TEST_GENERATED_DIR + name, text);
	project.provide('geodata', files);
	console.log(
		`geodata for the unit tests: built once in ${Math.round(performance.now() - started)} ms`
	);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The geodata build's files, by name (as `buildGeodata()` returns them). */
		geodata: Record<string, string>;
	}
}
