/**
 * Opening a tour someone else made, from a link or a file: unpack, parse, check. Loaded only
 * when one arrives (it carries the schema). Every failure is a sentence for a notice.
 */
import { TOUR_LOOKUPS } from './tour-lookups';
import { readTourText, sizeProblem, type TourReading } from './document-schema';
import { unpackTour } from './payload';

export async function readTourLink(payload: string): Promise<TourReading> {
	const unpacked = await unpackTour(payload);
	return 'error' in unpacked ? unpacked : readTourText(unpacked.text, TOUR_LOOKUPS);
}

export async function readTourFile(file: Blob): Promise<TourReading> {
	// A file too large is refused before it is read into memory.
	const tooLarge = sizeProblem(file.size);
	if (tooLarge) return tooLarge;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
	} catch {
		return { error: 'it is not a text file' };
	}
	return readTourText(text.replace(/^\uFEFF/, ''), TOUR_LOOKUPS);
}
