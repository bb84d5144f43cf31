/**
 * Lighthouse by hand (not part of the suite, which runs the same checks with axe and in the page,
 * in tests/e2e/a11y.spec.ts): accessibility, best practices and SEO for every page the atlas
 * promises 100 on, as a table of scores and the audits that fail.
 *
 *   npm i -E lighthouse@12.2.3 --prefix /tmp/lh          # outside the project (13.x wants Node 22)
 *   npm start                                            # or any server of build/
 *   LIGHTHOUSE_BIN=/tmp/lh/node_modules/.bin/lighthouse tsx tests/tools/lighthouse.ts [origin] [path…]
 *
 * The origin defaults to http://127.0.0.1:4173; the paths to the listed pages. Lighthouse audits
 * as a phone unless LIGHTHOUSE_PRESET=desktop. Reports are kept as /tmp/lighthouse-<page>.json.
 * Exits 1 when any score is under 100.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../../playwright.config.ts';

const PAGES = [
	'/',
	'/embed',
	'/method',
	'/data',
	'/sources/diplomat-2021',
	'/sources/mazyrin-2012'
];
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string }>;
}

const bin = process.env.LIGHTHOUSE_BIN;
if (!bin) {
	console.error('Set LIGHTHOUSE_BIN to a lighthouse 12 binary (see the head of this file).');
	process.exit(2);
}
const [origin = 'http://127.0.0.1:4173', ...paths] = process.argv.slice(2);

const rows: string[] = [];
const failures: string[] = [];
const unscored: string[] = [];
let allPass = true;
for (const path of paths.length ? paths : PAGES) {
	const out = `/tmp/lighthouse-${path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}.json`;
	execFileSync(
		bin,
		[
			new URL(path, origin).href,
			`--only-categories=${CATEGORIES.join(',')}`,
			'--chrome-flags=--headless=new --no-sandbox --use-angle=swiftshader --enable-unsafe-swiftshader',
			...(process.env.LIGHTHOUSE_PRESET ? [`--preset=${process.env.LIGHTHOUSE_PRESET}`] : []),
			'--output=json',
			`--output-path=${out}`,
			'--quiet'
		],
		{ env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH } }
	);
	const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
	const scores = CATEGORIES.map((c) => Math.round((report.categories[c].score ?? 0) * 100));
	if (scores.some((s) => s < 100)) allPass = false;
	rows.push(`| ${path} | ${scores.join(' | ')} |`);
	for (const c of CATEGORIES) {
		for (const ref of report.categories[c].auditRefs) {
			const audit = report.audits[ref.id];
			// Audits that pass or fail (manual and not-applicable ones have no score); those of
			// weight 0 (source maps) are listed apart, as they do not move the score.
			if (audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative')
				continue;
			(ref.weight > 0 ? failures : unscored).push(`${path}  ${c}  ${ref.id}: ${audit.title}`);
		}
	}
}
console.log(`| page | ${CATEGORIES.join(' | ')} |\n| --- | --- | --- | --- |\n${rows.join('\n')}`);
console.log(failures.length ? `\nFailing audits:\n${failures.join('\n')}` : '\nNo audit fails.');
if (unscored.length) console.log(`\nFailing, of weight 0:\n${unscored.join('\n')}`);
process.exit(allPass ? 0 : 1);
