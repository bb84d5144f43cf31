/**
 * A tour in a link (`?tour=<payload>`, the contract in DATA.md): its JSON packed with raw DEFLATE
 * and written in base64url without padding. Unpacking is bounded, so a hostile link cannot make
 * the page inflate more than a tour may hold.
 */
import { TOUR_LIMITS, type TourDocument } from './document.ts';

/**
 * Longer than any packed tour of 64 KB could be (DEFLATE never grows text by more than a few
 * bytes per block; base64 adds a third): anything longer is refused before it is decoded.
 */
export const MAX_PAYLOAD_CHARS = Math.ceil((TOUR_LIMITS.bytes * 1.01 + 64) * (4 / 3));

async function pipe(
	bytes: Uint8Array,
	stream: GenericTransformStream
): Promise<ReadableStream<Uint8Array>> {
	const writer = stream.writable.getWriter();
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return stream.readable as ReadableStream<Uint8Array>;
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** The document as a link's payload. */
export async function packTour(doc: TourDocument): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(doc));
	const packed = await new Response(
		await pipe(json, new CompressionStream('deflate-raw'))
	).arrayBuffer();
	return toBase64Url(new Uint8Array(packed));
}

/** A link's payload back to the document's text, or what is wrong with it. */
export async function unpackTour(payload: string): Promise<{ text: string } | { error: string }> {
	const trimmed = payload.trim();
	if (trimmed === '') return { error: 'the link carries no tour' };
	if (trimmed.length > MAX_PAYLOAD_CHARS)
		return { error: 'the link is longer than any tour this atlas writes' };
	if (!/^[A-Za-z0-9_-]+$/.test(trimmed) || trimmed.length % 4 === 1)
		return { error: 'the link is damaged (it is not base64url text; was it cut or retyped?)' };
	const reader = (
		await pipe(fromBase64Url(trimmed), new DecompressionStream('deflate-raw'))
	).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.length;
			if (size > TOUR_LIMITS.bytes) {
				await reader.cancel().catch(() => {});
				return {
					error: `it unpacks to more than ${TOUR_LIMITS.bytes / 1024} KB, the most a tour may hold`
				};
			}
			chunks.push(value);
		}
	} catch {
		return { error: 'the link is damaged (it does not unpack; was it cut short?)' };
	}
	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const c of chunks) {
		bytes.set(c, offset);
		offset += c.length;
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { error: 'it does not unpack to text' };
	}
}
