import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	contrastRatio,
	deltaE2000,
	DISTINCT_DELTA_E,
	deltaE2000Lab,
	parseHex,
	relativeLuminance,
	rgbToLab,
	simulateDeficiency,
	toHex,
	type Deficiency,
	type Lab,
	type Rgb
} from '$lib/a11y/colour';
import { RELATION_CLASSES } from '$lib/codebook/classes';

// ---- Thresholds ----

/**
 * Smallest CIEDE2000 difference allowed between any two relation classes, for normal vision and
 * for each simulated dichromacy. A ΔE00 of about 1 is a just-noticeable difference side by side;
 * map fills are compared across a map and through a legend swatch, so we ask for ten times that.
 * Measured minima (all on normal / dependent, the two pale neutrals): normal 10.31,
 * protanopia 10.44, deuteranopia 10.28, tritanopia 10.21. The bar holds, but with little margin:
 * a change to either pale colour should re-check this first.
 */
const MIN_DELTA_E = DISTINCT_DELTA_E;
/** WCAG 2.x 1.4.3 (AA) for normal-size text. */
const AA_TEXT = 4.5;
/** WCAG 2.x 1.4.11 for non-text indicators such as focus outlines. */
const AA_NON_TEXT = 3;

const PAGE_BACKGROUND = '#f6f4ef';
const WHITE = '#ffffff';

const DICHROMACIES = ['protanopia', 'deuteranopia', 'tritanopia'] as const;

// ---- Helpers ----

type Named = { id: string; rgb: Rgb };

/** Every unordered pair, with its CIEDE2000 difference, smallest first. */
function pairDifferences(colours: readonly Named[]) {
	const pairs: { a: string; b: string; deltaE: number }[] = [];
	for (let i = 0; i < colours.length; i++) {
		for (let j = i + 1; j < colours.length; j++) {
			pairs.push({
				a: colours[i].id,
				b: colours[j].id,
				deltaE: deltaE2000(colours[i].rgb, colours[j].rgb)
			});
		}
	}
	return pairs.sort((x, y) => x.deltaE - y.deltaE);
}

function classColours(vision: 'normal' | Deficiency): Named[] {
	return RELATION_CLASSES.map((c) => ({
		id: c.id,
		rgb: vision === 'normal' ? parseHex(c.colour) : simulateDeficiency(c.colour, vision)
	}));
}

/** CIELAB lightness of each colour as seen in greyscale. */
function greyLightness(hexes: readonly string[]): number[] {
	return hexes.map((h) => rgbToLab(simulateDeficiency(h, 'achromatopsia'))[0]);
}

/** True when values rise strictly up to `peak` and fall strictly after it, each step >= minStep. */
function risesThenFalls(values: readonly number[], peak: number, minStep: number): boolean {
	return values.every((v, i) => {
		if (i === 0) return true;
		const step = v - values[i - 1];
		return i <= peak ? step >= minStep : -step >= minStep;
	});
}

function expandHex(hex: string): string {
	return hex.length === 4 ? '#' + [...hex.slice(1)].map((d) => d + d).join('') : hex;
}

const HEX = /#(?:[0-9a-f]{6}|[0-9a-f]{3})\b/gi;

type Declaration = { property: string; hexes: string[]; line: number };
type Rule = { selector: string; declarations: Declaration[] };

/** A deliberately small CSS reader: innermost `selector { declarations }` blocks, with lines. */
function parseRules(css: string, lineOffset: number): Rule[] {
	const rules: Rule[] = [];
	const source = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
	for (const match of source.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
		const bodyStart = match.index + match[1].length + 1;
		const declarations: Declaration[] = [];
		let offset = 0;
		for (const text of match[2].split(';')) {
			const colon = text.indexOf(':');
			if (colon > 0) {
				const at = bodyStart + offset + (text.length - text.trimStart().length);
				declarations.push({
					property: text.slice(0, colon).trim().toLowerCase(),
					hexes: (text.slice(colon + 1).match(HEX) ?? []).map((h) => expandHex(h.toLowerCase())),
					line: lineOffset + source.slice(0, at).split('\n').length
				});
			}
			offset += text.length + 1;
		}
		rules.push({ selector: match[1].trim().replace(/\s+/g, ' '), declarations });
	}
	return rules;
}

function readSource(relative: string): string {
	return readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8');
}

/** The rules of a component's <style> block, with line numbers in the .svelte file. */
function componentRules(source: string): Rule[] {
	const open = source.indexOf('<style');
	if (open < 0) return [];
	const start = source.indexOf('>', open) + 1;
	const end = source.indexOf('</style>', start);
	return parseRules(source.slice(start, end), source.slice(0, start).split('\n').length - 1);
}

function hexesOf(rule: Rule, property: RegExp): { hex: string; line: number }[] {
	return rule.declarations
		.filter((d) => property.test(d.property))
		.flatMap((d) => d.hexes.map((hex) => ({ hex, line: d.line })));
}

/** The page colours app.css names as custom properties (`--focus: #1a56db`), by name. */
const customProperties = new Map(
	[...readSource('../../../src/app.css').matchAll(/(--[a-z-]+)\s*:\s*(#[0-9a-f]{3,6})\b/gi)].map(
		(m) => [m[1], m[2]]
	)
);
/** CSS with every `var(--name)` of a page colour replaced by its value, so it is checked too. */
function resolveVars(css: string): string {
	return css.replace(/var\((--[a-z-]+)\)/gi, (v, name: string) => customProperties.get(name) ?? v);
}

/** Every component, in every concept folder of src/lib. */
const LIB_DIR = '../../../src/lib/';
const components = (
	readdirSync(fileURLToPath(new URL(LIB_DIR, import.meta.url)), {
		recursive: true
	}) as string[]
)
	.filter((f) => f.endsWith('.svelte'))
	.sort()
	.map((file) => ({ file, rules: componentRules(resolveVars(readSource(LIB_DIR + file))) }));
const appRules = parseRules(resolveVars(readSource('../../../src/app.css')), 0);

type Check = { where: string; fg: string; bg: string; ratio: number };

/**
 * Text colours in component styles, each against the surfaces it can sit on. A rule that sets its
 * own background is checked against that alone; any other text colour is checked against the page
 * background, white if the component draws white surfaces, and the component's other light
 * (luminance > 0.5) opaque surfaces. Translucent rgb() backgrounds over the map are not checked.
 */
function textChecks(): Check[] {
	const checks: Check[] = [];
	for (const { file, rules } of components) {
		const surfaces = new Set(
			rules
				.flatMap((r) => hexesOf(r, /^background(-color)?$/))
				.map((b) => b.hex)
				.filter((hex) => relativeLuminance(hex) > 0.5)
		);
		for (const rule of rules) {
			const own = hexesOf(rule, /^background(-color)?$/).map((b) => b.hex);
			const backgrounds = own.length ? own : [PAGE_BACKGROUND, ...surfaces];
			if (!own.length && surfaces.has(WHITE)) backgrounds.push(WHITE);
			for (const { hex, line } of hexesOf(rule, /^color$/)) {
				for (const bg of new Set(backgrounds)) {
					checks.push({
						where: `src/lib/${file}:${line} (${rule.selector})`,
						fg: hex,
						bg,
						ratio: contrastRatio(hex, bg)
					});
				}
			}
		}
	}
	return checks;
}

/** Focus outlines (rules whose selector mentions :focus) in app.css and every component. */
function focusOutlines(): { where: string; hex: string; backgrounds: string[] }[] {
	const sources = [
		{ file: 'src/app.css', rules: appRules },
		...components.map((c) => ({ file: `src/lib/${c.file}`, rules: c.rules }))
	];
	return sources.flatMap(({ file, rules }) => {
		const surfaces = rules
			.flatMap((r) => hexesOf(r, /^background(-color)?$/))
			.map((b) => b.hex)
			.filter((hex) => relativeLuminance(hex) > 0.5);
		return rules
			.filter((r) => r.selector.includes(':focus'))
			.flatMap((r) => hexesOf(r, /^outline(-color)?$/))
			.map(({ hex, line }) => ({
				where: `${file}:${line}`,
				hex,
				backgrounds: [...new Set([PAGE_BACKGROUND, WHITE, ...surfaces])]
			}));
	});
}

function describeFailures(checks: Check[], min: number): string[] {
	return checks
		.filter((c) => c.ratio < min)
		.map((c) => `${c.where}: ${c.fg} on ${c.bg} is ${c.ratio.toFixed(2)}:1`);
}

// ---- The colour maths itself ----

describe('colour maths', () => {
	it('reads #rrggbb colours and rejects anything else with a clear error', () => {
		expect(parseHex('#67001f')).toEqual([0x67, 0x00, 0x1f]);
		expect(parseHex('#F6F4EF')).toEqual([0xf6, 0xf4, 0xef]);
		for (const bad of ['67001f', '#fff', '#67001', '#67001fa', '#gg0000', 'red', '']) {
			expect(() => parseHex(bad), bad).toThrow(/#rrggbb/);
		}
		expect(toHex([103, 0, 31])).toBe('#67001f');
	});

	it('computes WCAG contrast: 21:1 for black on white, 1:1 for a colour on itself', () => {
		expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
		expect(relativeLuminance('#000000')).toBe(0);
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 12);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 12);
		expect(contrastRatio('#1a56db', '#1a56db')).toBe(1);
		// #767676 is the well-known lightest grey that passes AA on white.
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});

	it('matches published CIEDE2000 test data (Sharma, Wu & Dalal 2005, Table 1)', () => {
		const published: [Lab, Lab, number][] = [
			[[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
			[[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
			[[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
			[[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
			[[50, 0, 0], [50, -1, 2], 2.3669],
			[[50, 2.49, -0.001], [50, -2.49, 0.0009], 7.1792],
			[[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
			[[50, 2.5, 0], [50, 0, -2.5], 4.3065],
			[[50, 2.5, 0], [73, 25, -18], 27.1492],
			[[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
			[[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082]
		];
		for (const [a, b, expected] of published) {
			expect(Math.abs(deltaE2000Lab(a, b) - expected), `${a} vs ${b}`).toBeLessThan(1e-4);
			expect(Math.abs(deltaE2000Lab(b, a) - expected), `${b} vs ${a}`).toBeLessThan(1e-4);
		}
	});

	it('maps sRGB white, black and red to their standard CIELAB values', () => {
		const close = (lab: Lab, expected: Lab) =>
			lab.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 2));
		close(rgbToLab('#ffffff'), [100, 0, 0]);
		close(rgbToLab('#000000'), [0, 0, 0]);
		close(rgbToLab('#ff0000'), [53.24, 80.09, 67.2]);
	});

	it('leaves greys unchanged under every simulated deficiency', () => {
		for (const kind of [...DICHROMACIES, 'achromatopsia'] as const) {
			for (const grey of ['#000000', '#808080', '#ffffff']) {
				const simulated = simulateDeficiency(grey, kind);
				parseHex(grey).forEach((c, i) => expect(simulated[i]).toBeCloseTo(c, 2));
			}
		}
	});
});

// ---- Sanity: every check below is able to fail ----

describe('the checks are not vacuous', () => {
	it('a grey that is too light for body text fails the 4.5:1 check', () => {
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_TEXT);
		const check = { where: 'x', fg: '#777777', bg: WHITE, ratio: contrastRatio('#777777', WHITE) };
		expect(describeFailures([check], AA_TEXT)).toHaveLength(1);
	});

	it('two near-identical colours are less than 1 ΔE00 apart', () => {
		expect(deltaE2000('#777777', '#787878')).toBeLessThan(1);
	});

	it('a colour pair that is clear to most people collapses under a simulated deficiency', () => {
		// Tableau blue and purple: about 26 apart normally, under 2 for protanopia.
		expect(deltaE2000('#1f77b4', '#9467bd')).toBeGreaterThan(20);
		expect(
			deltaE2000(
				simulateDeficiency('#1f77b4', 'protanopia'),
				simulateDeficiency('#9467bd', 'protanopia')
			)
		).toBeLessThan(MIN_DELTA_E);
		// The classic red/green pair under deuteranopia.
		expect(
			deltaE2000(
				simulateDeficiency('#d62728', 'deuteranopia'),
				simulateDeficiency('#2ca02c', 'deuteranopia')
			)
		).toBeLessThan(MIN_DELTA_E);
	});

	it('a sequential palette does not pass for a diverging one in greyscale', () => {
		const viridis = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];
		expect(risesThenFalls(greyLightness(viridis), 2, 5)).toBe(false);
		expect(risesThenFalls([20, 50, 90, 50, 20], 2, 5)).toBe(true);
	});

	it('the style reader finds the colours it is meant to check', () => {
		const rules = parseRules(
			'a { color: #555; background: #fff }\n.b:focus { outline: 3px solid #1a56db }',
			0
		);
		expect(hexesOf(rules[0], /^color$/)).toEqual([{ hex: '#555555', line: 1 }]);
		expect(hexesOf(rules[1], /^outline$/)).toEqual([{ hex: '#1a56db', line: 2 }]);
		expect(textChecks().length).toBeGreaterThan(20);
		expect(focusOutlines().length).toBeGreaterThan(10);
	});
});

// ---- The relation palette ----

describe('relation classes palette', () => {
	it('has the eight classes, each with a #rrggbb colour', () => {
		expect(RELATION_CLASSES).toHaveLength(8);
		for (const c of RELATION_CLASSES) expect(() => parseHex(c.colour), c.id).not.toThrow();
	});

	it(`every two relation classes are at least ${MIN_DELTA_E} ΔE00 apart for normal vision`, () => {
		const [closest] = pairDifferences(classColours('normal'));
		expect(closest.deltaE, `${closest.a} vs ${closest.b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
	});

	for (const kind of DICHROMACIES) {
		it(`every two relation classes stay at least ${MIN_DELTA_E} ΔE00 apart for someone with ${kind}`, () => {
			const [closest] = pairDifferences(classColours(kind));
			expect(closest.deltaE, `${closest.a} vs ${closest.b}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
		});
	}

	it('in greyscale the six-step scale still reads dark-light-dark, with "normal" lightest', () => {
		const scale = RELATION_CLASSES.slice(0, 6);
		expect(scale.map((c) => c.id)).toEqual([
			'moscow',
			'ally',
			'partner',
			'normal',
			'strained',
			'conflict'
		]);
		const lightness = greyLightness(scale.map((c) => c.colour));
		// Steps measured: +35.3, +19.4, +22.5 up to normal, then -20.3, -34.4 down to conflict.
		expect(risesThenFalls(lightness, 3, 5), lightness.map((l) => l.toFixed(1)).join(', ')).toBe(
			true
		);
	});
});

// ---- Text and focus contrast ----

describe('text and focus contrast', () => {
	const root = appRules.find((r) => r.selector === ':root');

	it('body text is at least 4.5:1 on the page background', () => {
		const colour = root && hexesOf(root, /^color$/)[0]?.hex;
		const background = root && hexesOf(root, /^background(-color)?$/)[0]?.hex;
		expect(colour).toBe('#1d1d1d');
		expect(background).toBe(PAGE_BACKGROUND);
		expect(contrastRatio(colour!, background!)).toBeGreaterThanOrEqual(AA_TEXT);
	});

	it('every text colour in the components is at least 4.5:1 on the surfaces it sits on', () => {
		expect(describeFailures(textChecks(), AA_TEXT)).toEqual([]);
	});

	it('white-on-colour text (the pressed play button) is at least 4.5:1', () => {
		const pressed = textChecks().filter((c) => c.fg === WHITE);
		expect(pressed.length).toBeGreaterThan(0);
		for (const c of pressed) expect(c.ratio, c.where).toBeGreaterThanOrEqual(AA_TEXT);
	});

	it('every keyboard focus outline is at least 3:1 against the page and panel backgrounds', () => {
		const outlines = focusOutlines();
		expect(outlines.map((o) => o.hex)).toContain('#1a56db');
		const failures = outlines.flatMap((o) =>
			o.backgrounds
				.map((bg) => ({ where: o.where, fg: o.hex, bg, ratio: contrastRatio(o.hex, bg) }))
				.filter((c) => c.ratio < AA_NON_TEXT)
		);
		expect(describeFailures(failures, AA_NON_TEXT)).toEqual([]);
	});
});
