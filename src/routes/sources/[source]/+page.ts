import { error } from '@sveltejs/kit';
import notes from '$lib/generated/source-notes.json';
import type { NoteRecord } from '$lib/sources/schema';
import { SOURCES, SOURCE_IDS, type SourceId } from '$lib/sources/sources';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => SOURCE_IDS.map((source) => ({ source }));

export const load: PageLoad = ({ params }) => {
	if (!(params.source in SOURCES)) error(404, `No source "${params.source}"`);
	const id = params.source as SourceId;
	return {
		source: SOURCES[id],
		notes: (notes as Record<SourceId, Record<string, NoteRecord>>)[id]
	};
};
