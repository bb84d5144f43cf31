/**
 * The open-data files exactly as the site serves them: every route under src/routes/data that
 * serves a CSV, and the descriptor, called as the prerender calls them (GET), no site build
 * needed. For the data package's tests and the snippets' tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Route = { GET: () => Response | Promise<Response> };

const ROUTES = import.meta.glob<Route>(
	[
		'../../../src/routes/data/*.csv/+server.ts',
		'../../../src/routes/data/datapackage.json/+server.ts'
	],
	{ eager: true }
);

/** File name (`relations.csv`, `datapackage.json`) to its text, as the routes serve them. */
export async function openDataFiles(): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const [path, route] of Object.entries(ROUTES)) {
		const name = path.split('/').at(-2)!;
		files[name] = await (await route.GET()).text();
	}
	return files;
}

/** Writes the files into `dir`, after `change` (to plant a mistake); returns `dir`. */
export async function writeOpenData(
	dir: string,
	change?: (files: Record<string, string>) => void
): Promise<string> {
	const files = await openDataFiles();
	change?.(files);
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return dir;
}
