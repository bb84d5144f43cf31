/**
 * The floors of src/lib (src/lib/README.md) and the imports that cross them: pure functions over
 * file texts, so the import-direction test can check every module and prove it names an offender.
 */

/** Folder -> floor, read from the README's table rows ("| 3 | `codebook` | ... |"). */
export function readFloors(readme: string): Map<string, number> {
	const floors = new Map<string, number>();
	for (const [, floor, cell] of readme.matchAll(/^\|\s*(\d+)\s*\|([^|]*)\|/gm)) {
		for (const [, folder] of cell.matchAll(/`([a-z0-9-]+)`/g)) floors.set(folder, Number(floor));
	}
	return floors;
}

/** Comments blanked out, line breaks kept, so a commented import is not read as one. */
function withoutComments(text: string): string {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	return text
		.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, blank)
		.replace(
			/(^|[^:'"`])\/\/[^\n]*/g,
			(m, before: string) => before + blank(m.slice(before.length))
		);
}

export interface Import {
	line: number;
	specifier: string;
	/** The src/lib folder it names. */
	folder: string;
}

/** The imports of `file` (a path from the project root) that name another folder of src/lib. */
export function importsOf(file: string, text: string): Import[] {
	const own = file.split('/')[2];
	const code = withoutComments(text);
	const found: Import[] = [];
	const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+(?=['"]))['"]([^'"]+)['"]/g;
	for (const m of code.matchAll(pattern)) {
		const specifier = m[1];
		let path: string | undefined;
		if (specifier.startsWith('$lib/')) path = specifier.slice(5);
		else if (specifier.startsWith('.')) {
			const parts = file.split('/').slice(2, -1);
			for (const part of specifier.split('/')) {
				if (part === '..') parts.pop();
				else if (part !== '.') parts.push(part);
			}
			path = parts.join('/');
		}
		const folder = path?.split('/')[0];
		if (!folder || folder === own || !path!.includes('/')) continue;
		const line = code.slice(0, m.index).split('\n').length;
		found.push({ line, specifier, folder });
	}
	return found;
}

/** Each import of `file` that goes up a floor or across to a sibling, as "file:line: ...". */
export function floorProblems(file: string, text: string, floors: Map<string, number>): string[] {
	const own = file.split('/')[2];
	const mine = floors.get(own);
	if (mine === undefined) return [`${file}: its folder ${own} is on no floor`];
	return importsOf(file, text).flatMap(({ line, specifier, folder }) => {
		const theirs = floors.get(folder);
		if (theirs !== undefined && theirs < mine) return [];
		const where = theirs === undefined ? 'on no floor' : `floor ${theirs}`;
		return [
			`${file}:${line}: imports '${specifier}' (${folder}, ${where}) from ${own} (floor ${mine})`
		];
	});
}

/** Cycles in the folder graph, each as "a -> b -> a" (none when the floors hold). */
export function folderCycles(edges: [string, string][]): string[] {
	const next = new Map<string, Set<string>>();
	for (const [a, b] of edges) next.set(a, (next.get(a) ?? new Set()).add(b));
	const cycles: string[] = [];
	const state = new Map<string, 'open' | 'done'>();
	const visit = (node: string, path: string[]) => {
		if (state.get(node) === 'done') return;
		if (state.get(node) === 'open') {
			cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
			return;
		}
		state.set(node, 'open');
		for (const n of next.get(node) ?? []) visit(n, [...path, node]);
		state.set(node, 'done');
	};
	for (const node of next.keys()) visit(node, []);
	return cycles;
}
