/**
 * The two texts the atlas is built on: the one registry of their bibliographic data, public
 * addresses and paragraph ids. Paragraph ids follow the numbered copies the project was written
 * from ("japan-4" is the fourth paragraph of the Japan section).
 */
export interface SourceSection {
	id: string;
	title: string;
	author?: string;
	paragraphs: number;
}

export interface Source {
	id: SourceId;
	title: string;
	authors: string;
	publication: string;
	date: string;
	url: string;
	/** Whether the address is a web page that honours URL text fragments (a PDF does not). */
	textFragments: boolean;
	sections: SourceSection[];
}

export type SourceId = 'diplomat-2021' | 'mazyrin-2012';

export const SOURCES: Record<SourceId, Source> = {
	'diplomat-2021': {
		id: 'diplomat-2021',
		title: 'Asia After the Soviet Union',
		authors: 'Kawashima Shin, Swapna Kona Nayudu, James D. J. Brown, Se Young Jang and Khang Vu',
		publication: 'The Diplomat',
		date: 'December 2021',
		// The site's address pattern; not verified against the live site.
		url: 'https://thediplomat.com/2021/12/asia-after-the-soviet-union/',
		textFragments: true,
		sections: [
			{ id: 'intro', title: 'Introduction', paragraphs: 2 },
			{ id: 'china', title: 'China', author: 'Kawashima Shin', paragraphs: 9 },
			{ id: 'india', title: 'India', author: 'Swapna Kona Nayudu', paragraphs: 10 },
			{ id: 'japan', title: 'Japan', author: 'James D. J. Brown', paragraphs: 15 },
			{ id: 'koreas', title: 'The Koreas', author: 'Se Young Jang', paragraphs: 12 },
			{ id: 'vietnam', title: 'Vietnam', author: 'Khang Vu', paragraphs: 13 }
		]
	},
	'mazyrin-2012': {
		id: 'mazyrin-2012',
		title: 'Russia and Vietnam: Building a Strategic Partnership',
		authors: 'Vladimir Mazyrin',
		publication:
			'ASEAN-Russia: Foundations and Future Prospects, ISEAS-Yusof Ishak Institute, pp. 173-183',
		date: '2012',
		url: 'http://muse.jhu.edu/books/9789814379588/9789814379588-31.pdf',
		textFragments: false,
		sections: [{ id: 'mazyrin', title: 'Summary', author: 'Vladimir Mazyrin', paragraphs: 4 }]
	}
};

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];

/** Every paragraph id of a source, in reading order. */
export function paragraphIds(source: SourceId): string[] {
	return SOURCES[source].sections.flatMap((s) =>
		Array.from({ length: s.paragraphs }, (_, i) => `${s.id}-${i + 1}`)
	);
}

export interface SourceCitation {
	kind: 'source';
	source: SourceId;
	paragraph: string;
}

export interface RecordCitation {
	kind: 'record';
	text: string;
}

export type Citation = SourceCitation | RecordCitation;

const SOURCE_REF = /^([a-z0-9-]+)#([a-z]+-\d+)$/;

/**
 * Reads a citation as written in the data: `diplomat-2021#japan-4` names a source paragraph;
 * anything else is a dated external record ("Treaty of ..., 6 July 1961").
 * Returns an error message instead of a citation when it cannot resolve.
 */
export function parseCitation(raw: string): Citation | { error: string } {
	const ref = SOURCE_REF.exec(raw);
	if (ref) {
		const [, source, paragraph] = ref;
		if (!(source in SOURCES)) return { error: `unknown source "${source}"` };
		if (!paragraphIds(source as SourceId).includes(paragraph)) {
			return { error: `"${source}" has no paragraph "${paragraph}"` };
		}
		return { kind: 'source', source: source as SourceId, paragraph };
	}
	if (raw.includes('#'))
		return { error: `"${raw}" looks like a source reference but is malformed` };
	if (!/\b(19[0-9]{2}|20[0-2][0-9])\b/.test(raw)) {
		return { error: `external record "${raw}" carries no date (a year 1900-2029)` };
	}
	if (raw.trim().length < 12) return { error: `external record "${raw}" is too short to follow` };
	return { kind: 'record', text: raw.trim() };
}

/**
 * One line a reader can follow: `The Diplomat, "Asia After the Soviet Union" (Japan section,
 * James D. J. Brown), ¶ japan-4` or `Vladimir Mazyrin, "Russia and Vietnam: ..." (2012), ¶ mazyrin-2`.
 */
export function citationLine(c: Citation): string {
	if (c.kind === 'record') return c.text;
	const source = SOURCES[c.source];
	if (source.sections.length === 1) {
		return `${source.authors}, “${source.title}” (${source.date}), ¶ ${c.paragraph}`;
	}
	const section = source.sections.find((s) => c.paragraph.startsWith(`${s.id}-`));
	const where = section?.author ? ` (${section.title} section, ${section.author})` : '';
	return `${source.publication}, “${source.title}”${where}, ¶ ${c.paragraph}`;
}
