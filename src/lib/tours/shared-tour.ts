/**
 * Opening a tour someone else made, from a link or a file: unpack, parse, check. Loaded only
 * when one arrives (it carries the schema). Every failure is a sentence for a notice.
 */
import { LOOKUPS } from '$lib/atlas/lookups';
import { TOUR_LIMITS } from './document';
import { readTourText, type TourReading } from './document-schema';
import { unpackTour } from './payload';

export { packTour } from './payload';

export async function readTourLink(payload: string): Promise<TourReading> {
	const unpacked = await unpackTour(payload);
	return 'error' in unpacked ? unpacked : readTourText(unpacked.text, LOOKUPS);
}

export async function readTourFile(file: Blob): Promise<TourReading> {
	if (file.size > TOUR_LIMITS.bytes)
		return {
			error: `it is ${Math.ceil(file.size / 1024)} KB; a tour may be at most ${TOUR_LIMITS.bytes / 1024} KB`
		};
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
	} catch {
		return { error: 'it is not a text file' };
	}
	return readTourText(text.replace(/^\uFEFF/, ''), LOOKUPS);
}
