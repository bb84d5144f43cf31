import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// One direction of imports: geodata/ (the build) imports schemas and types from src/lib; src/
// never imports from geodata/. ESLint enforces it; these tests prove the rule bites and holds.
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('import direction', () => {
	// Loading ESLint and its parsers takes seconds on a busy machine: a harness limit, not a budget.
	it(
		'ESLint rejects an import of geodata/ from src/, static or type-only',
		{ timeout: 120_000 },
		async () => {
			const eslint = new ESLint({ cwd: root });
			for (const code of [
				"import { loadPlaces } from '../../../geodata/places';\nexport const x = loadPlaces;\n",
				"import type { Tour } from '../../../geodata/tours';\nexport type T = Tour;\n"
			]) {
				const [result] = await eslint.lintText(code, { filePath: `${root}src/lib/tours/probe.ts` });
				expect(result.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
			}
		}
	);

	it('nothing in src/ names geodata/ in an import, dynamic imports included', () => {
		const files = (readdirSync(`${root}src`, { recursive: true }) as string[]).filter(
			(f) => /\.(ts|js|svelte)$/.test(f) && !f.includes('generated')
		);
		expect(files.length).toBeGreaterThan(50);
		const offenders = files.filter((f) =>
			/(from\s+|import\s*\()\s*['"][^'"]*geodata\//.test(readFileSync(`${root}src/${f}`, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});
});
