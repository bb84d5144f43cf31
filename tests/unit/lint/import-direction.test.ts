import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

	it('the modules the build reaches in src/lib import by relative path (tsx has no $lib)', () => {
		// Walk the build's import graph from every geodata/ entry, as `tsx geodata/build.ts` does.
		const entries = ['geodata', 'geodata/steps'].flatMap((dir) =>
			readdirSync(join(root, dir))
				.filter((f) => f.endsWith('.ts'))
				.map((f) => join(root, dir, f))
		);
		const seen = new Set<string>();
		const aliased: string[] = [];
		for (const file of entries) {
			if (seen.has(file)) continue;
			seen.add(file);
			const text = readFileSync(file, 'utf8');
			for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
				if (spec.startsWith('$lib')) aliased.push(`${relative(root, file)}: ${spec}`);
				if (!spec.startsWith('.')) continue;
				const target = [join(dirname(file), spec), join(dirname(file), `${spec}.ts`)].find(
					(t) => t.endsWith('.ts') && existsSync(t)
				);
				if (target) entries.push(target);
			}
		}
		expect([...seen].some((f) => f.includes('/src/lib/'))).toBe(true);
		expect(aliased).toEqual([]);
	});
});
