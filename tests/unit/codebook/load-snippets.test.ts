/**
 * The snippets /data shows, run as shown: each one's text from load-snippets.ts, with its data
 * address pointed at a loopback server that serves the files the routes serve, then a few lines
 * appended that print what it loaded. A language that is not installed is skipped, saying so:
 * on a machine with only Node, the JavaScript snippet still runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSnippets, type LoadSnippet } from '$lib/codebook/load-snippets';
import { relationRows } from '$lib/relations/open-data';
import { stateRows } from '$lib/codebook/dataset';
import { TABLE } from '$lib/relations/open-data';
import { writeOpenData } from './open-data-files';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'orbit-snippets-'));
let server: Server;
let snippets: Record<LoadSnippet['id'], string>;

const rows = relationRows();
const expected = {
	relations: rows.length,
	states: stateRows(TABLE).length,
	in1985: rows.filter((r) => r.year === 1985).length,
	reason: String(rows[0].reason),
	noJudgement: rows.filter((r) => r.judgement === '').length
};

beforeAll(async () => {
	await writeOpenData(join(dir, 'data'));
	server = createServer((req, res) => {
		try {
			const body = readFileSync(
				join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname))
			);
			res.writeHead(200).end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	snippets = Object.fromEntries(
		loadSnippets(`http://127.0.0.1:${port}/data/`).map((s) => [s.id, s.code])
	) as typeof snippets;
});
afterAll(async () => {
	await new Promise<void>((done) => server.close(() => done()));
	rmSync(dir, { recursive: true, force: true });
});

/** Runs `program args… file`, where the file holds `code`; its standard output. */
async function runFile(program: string, args: string[], name: string, code: string) {
	writeFileSync(join(dir, name), code);
	const { stdout } = await run(program, [...args, join(dir, name)], { cwd: dir });
	return stdout;
}

/** The first of `programs` that runs `args` without error, or undefined. */
async function firstWorking(programs: string[], args: string[]): Promise<string | undefined> {
	for (const program of programs) {
		try {
			await run(program, args);
			return program;
		} catch {
			// not installed, or without the package: try the next
		}
	}
	return undefined;
}

/** Python arguments that succeed when `name` is installed, without importing it (fast). */
const hasModule = (name: string) => [
	'-c',
	`import importlib.util, sys; sys.exit(importlib.util.find_spec("${name}") is None)`
];

const probeLine = (stdout: string) =>
	JSON.parse(
		stdout
			.split('\n')
			.find((l) => l.startsWith('PROBE '))!
			.slice('PROBE '.length)
	);

// Debian's own python3 carries python3-pandas; a python3 earlier on the PATH may not.
const PYTHONS = ['python3', '/usr/bin/python3'];

// Concurrent: each waits on its own interpreter.
describe.concurrent('the loading snippets on /data', { timeout: 60_000 }, () => {
	it('R: base R reads the files, typed, with only empty fields missing', async (ctx) => {
		if (!(await firstWorking(['Rscript'], ['--version']))) ctx.skip('Rscript is not installed');
		const probe = [
			'',
			'cat("PROBE [", nrow(relations), ",", nrow(states), ",\\"", class(relations$year), "\\",",',
			'  sum(is.na(relations$judgement)), "]\\n", sep = "")',
			'cat("REASON", relations$reason[1], "\\n")'
		].join('\n');
		const out = await runFile('Rscript', [], 'snippet.R', snippets.r + probe);
		expect(probeLine(out)).toEqual([
			expected.relations,
			expected.states,
			'integer',
			expected.noJudgement
		]);
		expect(out).toContain(`REASON ${expected.reason} \n`);
		expect(out).toMatch(/\bally\b[\s\S]*\n *\d+/);
	});

	it('Python: pandas reads the files, typed, with only empty fields missing', async (ctx) => {
		const python = await firstWorking(PYTHONS, hasModule('pandas'));
		if (!python) ctx.skip('no python3 here imports pandas');
		const probe = [
			'',
			'import json',
			'print("PROBE " + json.dumps([len(relations), len(states), str(relations.year.dtype),',
			'    int(relations.judgement.isna().sum()), relations.reason[0]]))'
		].join('\n');
		const out = await runFile(python!, [], 'snippet_pandas.py', snippets.pandas + probe);
		expect(probeLine(out)).toEqual([
			expected.relations,
			expected.states,
			'int64',
			expected.noJudgement,
			expected.reason
		]);
		expect(out).toMatch(/^ally +\d+$/m);
	});

	it('Python: frictionless validates the package and reads its rows', async (ctx) => {
		const python = await firstWorking(PYTHONS, hasModule('frictionless'));
		if (!python) ctx.skip('frictionless is not installed for any python3 here');
		const probe = '\nprint("PROBE " + str(len(relations)))';
		const out = await runFile(
			python!,
			[],
			'snippet_frictionless.py',
			snippets.frictionless + probe
		);
		expect(out.split('\n')[0]).toBe('True');
		expect(probeLine(out)).toBe(expected.relations);
	});

	it('JavaScript: datapackage reads the rows, cast by the schema', async () => {
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
		const probe =
			'\nconsole.log("PROBE " + JSON.stringify([relations.length, typeof relations[0].year, relations[0].reason]));';
		const out = await runFile(process.execPath, [], 'snippet.mjs', snippets.javascript + probe);
		expect(out.split('\n')[0]).toBe(String(expected.in1985));
		expect(probeLine(out)).toEqual([expected.relations, 'number', expected.reason]);
	});
});
