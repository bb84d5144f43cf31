/**
 * What Lighthouse audits, checked cheaply in a page the suite has already loaded (Lighthouse
 * itself takes about 20 s a page; `tests/tools/lighthouse.ts` runs it by hand):
 * - accessibility: axe with the rules Lighthouse 12 runs, where any violation fails the audit;
 * - best practices: nothing logged as an error, no text under 12 px (the legible-font audit);
 * - SEO: a meta description (read from the served HTML, no page needed).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Lighthouse 12's axe run (core/gather/gatherers/accessibility.js): the WCAG 2 A and AA rules with
 * these changes, among them `target-size` (24 px targets) and `link-in-text-block` (links told
 * apart by more than colour), which axe leaves off by default.
 */
const LIGHTHOUSE_RULES: Record<string, boolean> = {
	accesskeys: true,
	'area-alt': false,
	'aria-allowed-role': true,
	'aria-braille-equivalent': false,
	'aria-conditional-attr': true,
	'aria-deprecated-role': true,
	'aria-dialog-name': true,
	'aria-prohibited-attr': true,
	'aria-roledescription': false,
	'aria-treeitem-name': true,
	'aria-text': true,
	'audio-caption': false,
	blink: false,
	'duplicate-id': false,
	'empty-heading': true,
	'frame-focusable-content': false,
	'frame-title-unique': false,
	'heading-order': true,
	'html-xml-lang-mismatch': true,
	'identical-links-same-purpose': true,
	'image-redundant-alt': true,
	'input-button-name': true,
	'label-content-name-mismatch': true,
	'landmark-one-main': true,
	'link-in-text-block': true,
	marquee: false,
	'meta-viewport': true,
	'nested-interactive': false,
	'no-autoplay-audio': false,
	'role-img-alt': false,
	'scrollable-region-focusable': false,
	'select-name': true,
	'server-side-image-map': false,
	'skip-link': true,
	'summary-name': false,
	'svg-img-alt': false,
	tabindex: true,
	'table-duplicate-name': true,
	'table-fake-caption': true,
	'target-size': true,
	'td-has-header': true
};

/**
 * Every violation Lighthouse's accessibility audits would report (any impact), plus the serious
 * and critical ones of WCAG 2.1 A/AA that Lighthouse does not run, as "rule: target" lines.
 * `only` runs just the rules named (what a new viewport can change, as `target-size`).
 */
export async function auditViolations(
	page: Page,
	{ exclude = [], only }: { exclude?: string[]; only?: string[] } = {}
): Promise<string[]> {
	// Only violations are read: axe then describes one node of each other result, not every
	// node (its selectors and snippets are much of a run's time: about a fifth, measured).
	const resultTypes: ('violations' | 'passes' | 'incomplete' | 'inapplicable')[] = ['violations'];
	let builder = new AxeBuilder({ page }).options(
		only
			? { runOnly: { type: 'rule', values: only }, resultTypes }
			: {
					runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
					rules: Object.fromEntries(
						Object.entries(LIGHTHOUSE_RULES).map(([id, enabled]) => [id, { enabled }])
					),
					resultTypes
				}
	);
	for (const selector of exclude) builder = builder.exclude(selector);
	const { violations } = await builder.analyze();
	const lighthouse = (v: (typeof violations)[number]) =>
		LIGHTHOUSE_RULES[v.id] === true || v.tags.some((t) => t === 'wcag2a' || t === 'wcag2aa');
	return violations
		.filter((v) => lighthouse(v) || v.impact === 'serious' || v.impact === 'critical')
		.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * Errors the browser logs (what Lighthouse's "no browser errors in the console" reads: a failed
 * request, a refused script), from now until `stop()`; software GL's performance notes aside.
 */
export function watchConsoleErrors(page: Page): { errors: string[]; stop: () => void } {
	const errors: string[] = [];
	const listen = (m: import('@playwright/test').ConsoleMessage) => {
		if (m.type() === 'error' && !/GPU stall/.test(m.text())) errors.push(m.text());
	};
	page.on('console', listen);
	return { errors, stop: () => page.off('console', listen) };
}

/**
 * Each visible text of the page with its computed font size in CSS pixels (what Lighthouse's
 * legible-font audit reads; it calls under 12 px illegible).
 */
export async function visibleTextSizes(page: Page): Promise<{ size: number; text: string }[]> {
	return page.evaluate(() => {
		// Text in a box clipped to a pixel (`.visually-hidden`: for screen readers) is not seen.
		const clipped = (element: Element | null): boolean => {
			for (let e = element; e; e = e.parentElement) {
				const box = e.getBoundingClientRect();
				if (getComputedStyle(e).overflow !== 'visible' && (box.width < 2 || box.height < 2))
					return true;
			}
			return false;
		};
		const found: { size: number; text: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent!.trim();
			const element = node.parentElement;
			if (!text || !element || !element.checkVisibility({ visibilityProperty: true })) continue;
			if (clipped(element)) continue;
			found.push({ size: parseFloat(getComputedStyle(element).fontSize), text });
		}
		return found;
	});
}

/** The content of a served page's `<meta name="description">`, or null. */
export function metaDescription(html: string): string | null {
	const tag = html.match(/<meta\b[^>]*\bname="description"[^>]*>/)?.[0];
	return tag?.match(/\bcontent="([^"]*)"/)?.[1] ?? null;
}
