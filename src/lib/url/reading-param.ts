/**
 * `?reading=`: `formal` shows the records and rules alone; absent or `assessed` the default.
 * Anything else falls back to the default with a notice (the contract in DATA.md).
 */
import { quoted } from './quote';
import type { Reading } from '$lib/codebook/readings';

export function parseReadingParam(raw: string | null): { reading: Reading; notice?: string } {
	if (raw === null || raw.trim() === '') return { reading: 'assessed' };
	const value = raw.trim().toLowerCase();
	if (value === 'formal' || value === 'assessed') return { reading: value };
	return {
		reading: 'assessed',
		notice: `${quoted(raw)} is not a reading (use formal or assessed); showing the assessed reading.`
	};
}
