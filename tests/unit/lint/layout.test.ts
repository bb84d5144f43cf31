import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layout by concept (src/lib/README.md): every folder says what it is and what it may import,
// and no source file grows past what a reader takes in at once.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const lib = join(root, 'src/lib');
const MAX_LINES = 300;

describe('layout of src', () => {
	it('every folder of src/lib opens with a README of three to six lines saying what it may import', () => {
		const folders = readdirSync(lib, { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(folders.length).toBeGreaterThan(15);
		const problems = folders.flatMap(({ name }) => {
			let text: string;
			try {
				text = readFileSync(join(lib, name, 'README.md'), 'utf8');
			} catch {
				return [`src/lib/${name}/ has no README.md`];
			}
			const lines = text.split('\n').filter((l) => l.trim()).length;
			if (lines < 3 || lines > 6) return [`src/lib/${name}/README.md has ${lines} lines`];
			if (!/\bimport/i.test(text))
				return [`src/lib/${name}/README.md does not say what it imports`];
			return [];
		});
		expect(problems).toEqual([]);
	});

	it(`no source file in src/ is over ${MAX_LINES} lines`, () => {
		const files = (readdirSync(join(root, 'src'), { recursive: true }) as string[]).filter(
			(f) => /\.(ts|js|svelte|css)$/.test(f) && !f.includes('generated')
		);
		expect(files.length).toBeGreaterThan(100);
		const long = files.flatMap((f) => {
			const lines = readFileSync(join(root, 'src', f), 'utf8').split('\n').length - 1;
			return lines > MAX_LINES ? [`src/${f}: ${lines} lines`] : [];
		});
		expect(long).toEqual([]);
	});
});
