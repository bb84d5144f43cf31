/**
 * The original passage of a cited paragraph, with the text fragment the build extracted. The
 * fragments come with the other texts after the first view (prefetch.ts); until they arrive a
 * link opens the passage's page without the fragment, and it gains it when they do.
 */
import fragmentsUrl from '$lib/generated/source-fragments.json?url';
import { lazyJson } from '$lib/data/lazy.svelte';
import { originalPassageUrl } from './citations';
import type { PassageFragment } from './schema';
import type { SourceCitation } from './sources';

export const passageFragments = lazyJson<Record<string, Record<string, PassageFragment>>>(
	fragmentsUrl,
	'the source passages'
);

export function passageUrl(c: SourceCitation): string {
	const all = passageFragments.value;
	if (!all) passageFragments.load().catch(() => {});
	return originalPassageUrl(c, all?.[c.source]?.[c.paragraph]);
}
