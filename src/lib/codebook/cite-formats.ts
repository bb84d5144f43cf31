/**
 * A coding's citation in the formats reference managers import, made by Citation.js (its BibTeX
 * and RIS plugins) rather than by hand. Heavy (tens of KB): import it dynamically, when a reader
 * opens "Cite this coding", never from the first view.
 *
 * Only Citation.js's output side runs: the item is already CSL-JSON, so no input plugin (and
 * none of their network look-ups) is asked for anything. vite.config.ts also maps the libraries
 * Citation.js would fetch with to modules that refuse, so the browser bundle cannot reach
 * another origin even by mistake. Nothing here or in Citation.js uses eval or new Function.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CitationFormat, CslItem } from './cite';

export type { CitationFormat };

// Citation.js treats a hyphen as unsafe in a BibTeX key and would make one up instead
// (Orbit2026China); BibTeX and BibLaTeX both take `orbit-CHN-1965-assessed`, our file name.
const bibtexConfig = plugins.config.get('@bibtex') as { format: { checkLabel: boolean } };
bibtexConfig.format.checkLabel = false;

/** A RIS line starts with a two-character tag, two spaces and a hyphen. */
const RIS_TAG = /^[A-Z][A-Z0-9] {2}-/;

/**
 * Citation.js breaks RIS values every 70 characters with a bare newline, which cuts a long
 * address in two for importers that read one line per tag; join each such piece back on.
 */
function unwrapRis(text: string): string {
	const lines: string[] = [];
	for (const line of text.split('\n')) {
		if (lines.length && !RIS_TAG.test(line)) lines[lines.length - 1] += line;
		else lines.push(line);
	}
	return lines.join('\n');
}

/** The item in one format, as the text of a file. */
export async function formatCitation(item: CslItem, format: CitationFormat): Promise<string> {
	let text: string;
	if (format === 'bibtex') {
		// BibTeX's @misc has no version field (BibLaTeX's @dataset has): say it in the note.
		const note = `${item.note} Version ${item.version}.`;
		text = new Cite([{ ...item, note }]).format('bibtex', { format: 'text' });
	} else if (format === 'ris') {
		text = unwrapRis(new Cite([item]).format('ris', { format: 'text' }));
	} else {
		text = JSON.stringify(new Cite([item]).format('data', { format: 'object' }), null, 2);
	}
	// One final newline; RIS's closing `ER  - ` keeps its space.
	return text.replace(/\n*$/, '\n');
}
