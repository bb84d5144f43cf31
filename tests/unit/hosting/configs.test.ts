import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OTHERWISE, headersFor } from '../../../src/lib/hosting/headers';
import { SAMPLE_PATHS } from '../../support/hosting-paths';

// Each shipped host configuration, read as its host reads it, gives every kind of path exactly
// the headers of src/lib/hosting/headers.ts. (The browser tests run the nginx file for real.)
const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');

/** `_headers` (Netlify, Cloudflare Pages): a path line, then indented `Name: value` lines. */
function headersFile(text: string): (path: string) => Record<string, string> {
	const rules: { pattern: string; headers: [string, string][] }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
		else {
			const [, name, value] = line.trim().match(/^([\w-]+):\s*(.*)$/)!;
			rules.at(-1)!.headers.push([name, value]);
		}
	}
	const matches = (pattern: string, path: string) =>
		pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
	return (path) => {
		const out: Record<string, string> = {};
		for (const rule of rules.filter((r) => matches(r.pattern, path)))
			for (const [name, value] of rule.headers) {
				// Cloudflare Pages joins a header set twice; a rule set must not ask it to.
				if (name in out) throw new Error(`_headers sets ${name} twice for ${path}`);
				out[name] = value;
			}
		return out;
	};
}

interface Block {
	args: string[];
	children?: Block[];
}

/** nginx's syntax: directives ending in `;`, blocks in braces, `#` comments, quoted strings. */
function parseNginx(text: string): Block[] {
	const tokens = text
		.replace(/#[^\n]*/g, '')
		.match(/"[^"]*"|[{};]|[^\s{};"]+/g)!
		.map((t) => (t.startsWith('"') ? t.slice(1, -1) : t));
	let i = 0;
	const block = (): Block[] => {
		const out: Block[] = [];
		let args: string[] = [];
		while (i < tokens.length) {
			const t = tokens[i++];
			if (t === '}') return out;
			if (t === ';' || t === '{') {
				out.push(t === '{' ? { args, children: block() } : { args });
				args = [];
			} else args.push(t);
		}
		return out;
	};
	return block();
}

/**
 * The headers nginx sends for a path with the shipped file in a server block: the location
 * nginx picks (an exact `=` match, else the longest prefix), its `set` variables over the
 * server's, in the server's `add_header`s (an empty value sends no header).
 */
function nginxFile(text: string): (path: string) => Record<string, string> {
	const top = parseNginx(text);
	const sets = (blocks: Block[]) =>
		Object.fromEntries(
			blocks.filter((b) => b.args[0] === 'set').map((b) => [b.args[1], b.args[2]])
		);
	const locations = top.filter((b) => b.args[0] === 'location');
	for (const l of locations)
		expect(
			l.children!.some((c) => c.args[0] === 'add_header'),
			`${l.args.join(' ')} adds no header of its own (it would drop the server's)`
		).toBe(false);
	const pick = (path: string) =>
		locations.find((l) => l.args[1] === '=' && l.args[2] === path) ??
		locations
			.filter((l) => l.args.length === 2 && path.startsWith(l.args[1]))
			.sort((a, b) => b.args[1].length - a.args[1].length)[0];
	return (path) => {
		const vars = { ...sets(top), ...sets(pick(path)?.children ?? []) };
		const out: Record<string, string> = {};
		for (const { args } of top.filter((b) => b.args[0] === 'add_header')) {
			const value = args[2].replace(/\$\w+/g, (v) => vars[v] ?? '');
			expect(args[3], `${args[1]} is sent on every status`).toBe('always');
			if (value) out[args[1]] = value;
		}
		return out;
	};
}

describe('the shipped host configurations', () => {
	it('static/_headers states the rules (the host revalidates what it leaves unsaid)', () => {
		const served = headersFile(read('static/_headers'));
		for (const path of SAMPLE_PATHS) {
			const want = headersFor(path);
			if (want['Cache-Control'] === OTHERWISE['Cache-Control']) delete want['Cache-Control'];
			expect(served(path), path).toEqual(want);
		}
	});

	it('src/lib/hosting/nginx.conf states the rules', () => {
		const served = nginxFile(read('src/lib/hosting/nginx.conf'));
		for (const path of SAMPLE_PATHS) expect(served(path), path).toEqual(headersFor(path));
	});

	it('nginx serves each page at its clean address', () => {
		const top = parseNginx(read('src/lib/hosting/nginx.conf'));
		const exact = (path: string) =>
			top
				.find((b) => b.args[0] === 'location' && b.args[1] === '=' && b.args[2] === path)!
				.children!.find((c) => c.args[0] === 'try_files')!.args;
		expect(exact('/')).toEqual(['try_files', '/index.html', '=404']);
		expect(exact('/embed')).toEqual(['try_files', '/embed.html', '=404']);
		expect(exact('/method')).toEqual(['try_files', '/method.html', '=404']);
	});
});
