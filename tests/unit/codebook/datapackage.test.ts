/**
 * /data/datapackage.json checked by Frictionless's reference validator for JavaScript
 * (`datapackage`), offline: the descriptor against its bundled profiles (with the `uri` and
 * `date-time` formats its JSON Schema library skips unless told), then every row of every CSV
 * cast against its schema, the primary keys unique and the foreign keys resolved. The files are
 * those the routes serve (open-data-files.ts), written to a temp dir.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axios from 'axios';
import { Package, validate } from 'datapackage';
import tv4 from 'tv4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPackage } from '$lib/codebook/datapackage';
import { PLACE_KINDS } from '$lib/places/schema';
import { SITE_URL } from '$lib/site/site';
import { absoluteUrl } from '$lib/site/site-url';
import { openDataFiles, writeOpenData } from './open-data-files';

// The spec's formats: tv4 passes any string unless a format is registered.
tv4.addFormat('uri', (value: unknown) => {
	try {
		return /^https?:$/.test(new URL(String(value)).protocol) ? null : 'not an http(s) URL';
	} catch {
		return 'not an absolute URL';
	}
});
tv4.addFormat('date-time', (value: unknown) =>
	/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(String(value))
		? null
		: 'not an RFC 3339 date-time'
);

// The validator reaches the network only through axios (remote profiles, remote paths): any
// attempt fails the test rather than depending on a connection.
const adapter = axios.defaults.adapter;
const fetched: string[] = [];
beforeAll(() => {
	axios.defaults.adapter = (config) => {
		fetched.push(config.url ?? '');
		return Promise.reject(new Error(`a unit test may not fetch ${config.url}`));
	};
});
afterAll(() => {
	axios.defaults.adapter = adapter;
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function problems(descriptor: unknown): Promise<string[]> {
	const report = await validate(descriptor);
	return report.valid ? [] : report.errors.map((e: Error) => e.message.replace(/\s+/g, ' '));
}

/** Every resource read by the validator: each row cast, keys unique, foreign keys resolved. */
async function readAll(dir: string, only?: string): Promise<Record<string, number>> {
	const pkg = await Package.load(join(dir, 'datapackage.json'));
	expect(pkg.errors.map((e: Error) => e.message)).toEqual([]);
	const counts: Record<string, number> = {};
	for (const resource of pkg.resources.filter((r: { name: string }) => !only || r.name === only)) {
		counts[resource.name] = (await resource.read({ relations: true })).length;
	}
	return counts;
}

/** What the validator says when reading the files in `dir` fails, with the errors it lists. */
async function failure(dir: string, resource: string): Promise<string> {
	try {
		await readAll(dir, resource);
	} catch (e) {
		const inner = (e as { errors?: Error[] }).errors ?? [];
		return [(e as Error).message, ...inner.map((i) => i.message)].join('\n');
	}
	return 'no error';
}

const dirs: string[] = [];
const dataDir = (change?: (files: Record<string, string>) => void) => {
	dirs.push(mkdtempSync(join(tmpdir(), 'orbit-datapackage-')));
	return writeOpenData(dirs.at(-1)!, change);
};

// Reading every row takes about a second of CPU; the limit only guards a hang on a busy machine.
describe('the data package', { timeout: 60_000 }, () => {
	it('is a valid Tabular Data Package under the reference validator, offline', async () => {
		const pkg = JSON.parse((await openDataFiles())['datapackage.json']);
		expect(await problems(pkg)).toEqual([]);
		expect(fetched).toEqual([]);
		// The profiles are the validator's own copies; a profile by URL would be fetched (and refused).
		await expect(validate({ ...pkg, profile: 'https://example.org/profile.json' })).rejects.toThrow(
			'Can not retrieve remote profile'
		);
		expect(fetched).toEqual(['https://example.org/profile.json']);
		expect(pkg.profile).toBe('tabular-data-package');
		for (const r of pkg.resources) {
			expect(r.profile, r.name).toBe('tabular-data-resource');
			expect(r.schema.primaryKey.length, `${r.name}'s primary key`).toBeGreaterThan(0);
		}
	});

	it('describes every CSV the site serves, and nothing else', async () => {
		const files = await openDataFiles();
		const pkg = JSON.parse(files['datapackage.json']);
		expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(
			Object.keys(files)
				.filter((f) => f.endsWith('.csv'))
				.sort()
		);
	});

	it('gives full URLs where the spec wants them, under the published address', async () => {
		const served = JSON.parse((await openDataFiles())['datapackage.json']);
		expect(served.homepage).toBe(absoluteUrl(SITE_URL, '/data'));
		const pkg = dataPackage(PLACE_KINDS, 'https://atlas.example.edu/orbit/');
		expect(pkg.homepage).toBe('https://atlas.example.edu/orbit/data');
		expect(pkg.sources.map((s) => s.path)).toEqual([
			'https://atlas.example.edu/orbit/sources/diplomat-2021',
			'https://atlas.example.edu/orbit/sources/mazyrin-2012'
		]);
		// Resources stay relative to the descriptor, so a downloaded copy loads from disk.
		for (const r of pkg.resources) expect(r.path).toBe(`${r.name}.csv`);
		// The check has teeth: a site path or a bare date is refused.
		expect(await problems({ ...pkg, homepage: '/method' })).toEqual([
			expect.stringMatching(/not an absolute URL.*\/homepage/)
		]);
		expect(await problems({ ...pkg, created: '2026-12-07' })).toEqual([
			expect.stringMatching(/not an RFC 3339 date-time.*\/created/)
		]);
	});

	it('casts every row of every file, with unique keys and foreign keys that hold', async () => {
		const files = await openDataFiles();
		const counts = await readAll(await dataDir());
		expect(Object.keys(counts)).toEqual([
			'relations',
			'states',
			'records',
			'events',
			'atop-comparison'
		]);
		for (const [name, count] of Object.entries(counts)) {
			expect(count, name).toBeGreaterThan(0);
			expect(count, name).toBe(files[`${name}.csv`].trimEnd().split('\r\n').length - 1);
		}
	});

	it('refuses a state missing from states.csv, a repeated key and a value of the wrong type', async () => {
		const withoutVietnam = await dataDir((files) => {
			files['states.csv'] = files['states.csv'].replace(/^VNM,.*\r\n/m, '');
		});
		expect(await failure(withoutVietnam, 'records')).toMatch(
			/Foreign key "state" violation in row \d+/
		);
		const twice = await dataDir((files) => {
			const [header, first, ...rest] = files['events.csv'].split('\r\n');
			files['events.csv'] = [header, first, first, ...rest].join('\r\n');
		});
		expect(await failure(twice, 'events')).toMatch(
			/unique constraint violation in column "place, date"/
		);
		const badYear = await dataDir((files) => {
			files['states.csv'] = files['states.csv'].replace(/^(AFG,[^,\r\n]*),1945,/m, '$1,soon,');
		});
		expect(await failure(badYear, 'states')).toMatch(/first_year.*soon|soon.*first_year/);
	});
});
