import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { floorProblems, folderCycles, importsOf, readFloors } from './floors';

// One direction of imports: geodata/ (the build) imports schemas and types from src/lib; src/
// never imports from geodata/. ESLint enforces it; these tests prove the rule bites and holds.
// Inside src/lib, folders are stacked in floors (src/lib/README.md): imports only go down.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const lib = join(root, 'src/lib');
const floors = readFloors(readFileSync(join(lib, 'README.md'), 'utf8'));
const sourceFiles = (readdirSync(lib, { recursive: true }) as string[])
	.filter((f) => /\.(ts|js|svelte)$/.test(f) && !f.startsWith('generated'))
	.map((f) => `src/lib/${f}`);

describe('floors of src/lib', () => {
	it('src/lib/README.md places every folder on exactly one floor', () => {
		const folders = readdirSync(lib, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort();
		expect([...floors.keys()].sort()).toEqual(folders);
	});

	it('no module imports from a floor above its own, or from another folder on its floor', () => {
		expect(sourceFiles.length).toBeGreaterThan(120);
		const problems = sourceFiles.flatMap((file) =>
			floorProblems(file, readFileSync(join(root, file), 'utf8'), floors)
		);
		expect(problems).toEqual([]);
	});

	it('there is no cycle between folders', () => {
		const edges = sourceFiles.flatMap((file) =>
			importsOf(file, readFileSync(join(root, file), 'utf8')).map((i) => [
				file.split('/')[2],
				i.folder
			])
		);
		expect(folderCycles(edges as [string, string][])).toEqual([]);
	});

	it('names the file and line of an upward import, static, dynamic or type-only, in .ts and .svelte', () => {
		const svelte = [
			'<script lang="ts">',
			"\timport Menu from '$lib/ui/Menu.svelte';",
			'\t// import { x } from "$lib/atlas/Atlas.svelte" in a comment is not an import',
			'</script>',
			"{#await import('$lib/atlas/Atlas.svelte') then m}{/await}"
		].join('\n');
		expect(floorProblems('src/lib/tours/Probe.svelte', svelte, floors)).toEqual([
			"src/lib/tours/Probe.svelte:5: imports '$lib/atlas/Atlas.svelte' (atlas, floor 11) from tours (floor 9)"
		]);
		const ts = [
			"import type { AtlasState } from '../page/atlas-state.svelte';",
			"export { clampYear } from '$lib/years/years';",
			"import type { Tour } from '$lib/tours/tours';"
		].join('\n');
		expect(floorProblems('src/lib/relations/probe.ts', ts, floors)).toEqual([
			"src/lib/relations/probe.ts:1: imports '../page/atlas-state.svelte' (page, floor 8) from relations (floor 4)",
			"src/lib/relations/probe.ts:3: imports '$lib/tours/tours' (tours, floor 9) from relations (floor 4)"
		]);
		// Siblings on one floor do not import each other either.
		expect(
			floorProblems('src/lib/url/probe.ts', "import { x } from '$lib/embed/messages';", floors)
		).toEqual([
			"src/lib/url/probe.ts:1: imports '$lib/embed/messages' (embed, floor 10) from url (floor 10)"
		]);
	});
});

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
