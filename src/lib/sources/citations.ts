/**
 * Where a citation leads: our note on the paragraph (`/sources/<id>#<paragraph>`), the original
 * passage (with a URL text fragment where the source is a web page), and the text a reader copies.
 * Pure: the fragments are handed in (see passages.ts for the generated ones).
 */
import type { PassageFragment } from './schema.ts';
import { SOURCES, citationLine, type Citation, type SourceCitation } from './sources.ts';

/** Our note on a cited paragraph, as a site path (resolve it against the base). */
export function notePath(c: SourceCitation): `/sources/${string}` {
	return `/sources/${c.source}#${c.paragraph}`;
}

/**
 * The original passage: the publisher's address, with a URL text fragment (#:~:text=start,end)
 * where the source is a web page. A PDF gets its plain address.
 */
export function originalPassageUrl(c: SourceCitation, fragment?: PassageFragment): string {
	const source = SOURCES[c.source];
	if (!source.textFragments || !fragment) return source.url;
	// Text fragments reserve '-', ',' and '&' as syntax; encode them inside the terms.
	const term = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
	return `${source.url}#:~:text=${term(fragment.start)},${term(fragment.end)}`;
}

/** The text the "copy citation" button puts on the clipboard. */
export function citationText(c: Citation, place?: string): string {
	const line = citationLine(c);
	if (c.kind === 'record') return place ? `${line} (Orbit atlas: ${place})` : line;
	return `${line}. ${SOURCES[c.source].url}`;
}
