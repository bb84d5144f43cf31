/** The original passage of a cited paragraph, with the text fragment the build extracted. */
import fragments from '$lib/generated/source-fragments.json';
import { originalPassageUrl } from './citations';
import type { PassageFragment } from './schema';
import type { SourceCitation } from './sources';

const FRAGMENTS = fragments as Record<string, Record<string, PassageFragment>>;

export function passageUrl(c: SourceCitation): string {
	return originalPassageUrl(c, FRAGMENTS[c.source]?.[c.paragraph]);
}
