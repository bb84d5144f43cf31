import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ATLAS,
	CITATION_FORMATS,
	DATASET_RELEASED,
	DATASET_VERSION,
	FORMAT_FILES,
	codingCitation,
	type CodingCitationInput
} from '$lib/codebook/cite';
import { formatCitation } from '$lib/codebook/cite-formats';

const china: CodingCitationInput = {
	state: 'CHN',
	name: 'China',
	year: 1965,
	reading: 'assessed',
	className: 'Strained',
	rule: 'treaty',
	url: 'https://example.org/?year=1965&state=CHN',
	version: '2.0.0',
	accessed: new Date('2026-12-03T23:30:00Z')
};
// Longer than the 70 characters at which Citation.js breaks a RIS value.
const LONG_URL =
	'https://orbit.example.org/atlas/?year=1965&state=CHN&reading=formal&view=asia&zoom=3.5';

describe('codingCitation', () => {
	it('makes a CSL-JSON dataset item for one state-year in one reading', () => {
		const item = codingCitation(china);
		expect(item).toMatchObject({
			id: 'orbit-CHN-1965-assessed',
			'citation-key': 'orbit-CHN-1965-assessed',
			type: 'dataset',
			title: 'China in 1965: strained (assessed reading)',
			'container-title': 'Orbit: Asia and Moscow, 1945–2025',
			publisher: 'Orbit: Asia and Moscow, 1945–2025',
			author: [{ literal: 'The Orbit team' }],
			version: '2.0.0',
			URL: 'https://example.org/?year=1965&state=CHN',
			accessed: { 'date-parts': [[2026, 12, 3]] }
		});
		expect(item.issued).toEqual({ 'date-parts': [DATASET_RELEASED.split('-').map(Number)] });
		expect(item.note).toContain('treaty');
		expect(ATLAS.title).toBe(item['container-title']);
	});

	it('names the reading in the id and title, and keeps a proper class name capitalised', () => {
		const formal = codingCitation({ ...china, reading: 'formal', className: 'Moscow' });
		expect(formal.id).toBe('orbit-CHN-1965-formal');
		expect(formal.title).toBe('China in 1965: Moscow (formal reading)');
	});

	it('has the version and release date CITATION.cff gives', () => {
		const cff = readFileSync(new URL('../../../CITATION.cff', import.meta.url), 'utf8');
		expect(cff).toMatch(new RegExp(`^version: ${DATASET_VERSION.replaceAll('.', '\\.')}$`, 'm'));
		expect(cff).toMatch(new RegExp(`^date-released: ${DATASET_RELEASED}$`, 'm'));
	});

	it('names a file per format', () => {
		expect(CITATION_FORMATS.map((f) => FORMAT_FILES[f].extension)).toEqual(['bib', 'ris', 'json']);
	});
});

describe('formatCitation (Citation.js)', () => {
	const item = codingCitation(china);

	it('writes BibTeX with our key, title, year, url and version', async () => {
		const bib = await formatCitation(item, 'bibtex');
		expect(bib).toMatch(/^@\w+\{orbit-CHN-1965-assessed,\n/);
		expect(bib).toMatch(/title = \{China in 1965: strained \(assessed reading\)\}/);
		expect(bib).toMatch(/year = \{2026\}/);
		expect(bib).toContain('url = {https://example.org/?year=1965&state=CHN}');
		expect(bib).toContain('Version 2.0.0');
		expect(bib.endsWith('}\n')).toBe(true);
	});

	it('writes RIS as a dataset with title, address, version and end of record', async () => {
		const ris = await formatCitation(item, 'ris');
		expect(ris.endsWith('\nER  - \n')).toBe(true);
		const lines = ris.slice(0, -1).split('\n');
		expect(lines[0]).toBe('TY  - DATA');
		expect(lines).toContain('TI  - China in 1965: strained (assessed reading)');
		expect(lines).toContain('UR  - https://example.org/?year=1965&state=CHN');
		expect(lines).toContain('ET  - 2.0.0');
		expect(lines).toContain('PY  - 2026');
		expect(lines.at(-1)).toBe('ER  - ');
		// The RIS ID is cut to 20 characters by Citation.js, as the RIS spec limits it.
		expect(lines).toContain('ID  - orbit-CHN-1965-asses');
		// Every line is a tag line: nothing Citation.js wrapped is left on a line of its own.
		for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-/);
	});

	it('keeps a long address on one RIS line', async () => {
		const ris = await formatCitation(codingCitation({ ...china, url: LONG_URL }), 'ris');
		expect(ris.split('\n')).toContain(`UR  - ${LONG_URL}`);
	});

	it('writes CSL-JSON that parses back to the item', async () => {
		const json = await formatCitation(item, 'csl-json');
		expect(JSON.parse(json)).toEqual([item]);
	});
});
