/**
 * The Frictionless Data Package descriptor (/data/datapackage.json): every published file with a
 * Table Schema (types, enums, keys), so the coding loads into R, pandas or frictionless as is.
 * https://specs.frictionlessdata.io/data-package/ and /table-schema/
 */
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';
import { CHANGELOG, DATASET_RELEASED, DATASET_VERSION } from './dataset.ts';
import { EVENT_FIELDS, RECORD_FIELDS, RELATION_FIELDS, type Field } from './table-schemas.ts';
import { ATOP_FIELDS } from './atop-summary.ts';
import { ATOP_FIRST_YEAR, ATOP_LAST_YEAR } from './atop-terms.ts';

export interface Resource {
	name: string;
	path: string;
	title: string;
	description: string;
	format: 'csv' | 'json';
	mediatype: string;
	encoding?: string;
	dialect?: Record<string, string | boolean>;
	schema?: { fields: Field[]; primaryKey: string[]; missingValues: string[] };
	sources?: { title: string; path: string }[];
}

/** The data the comparison with ATOP rests on, credited as its providers ask. */
export const ATOP_SOURCES = [
	{
		title:
			'Leeds, Ritter, Mitchell and Long, “Alliance Treaty Obligations and Provisions, 1815-1944”, International Interactions 28 (2002): 237-260; ATOP version 5.1',
		path: 'http://www.atopdata.org'
	},
	{
		title:
			'Miller, “peacesciencer: An R Package for Quantitative Peace Science Research”, Conflict Management and Peace Science 39(6) (2022): 755-779; data/atop_alliance.rda, version 1.2.9',
		path: 'https://doi.org/10.1177/07388942221077926'
	}
];

/** The descriptor; `placeKinds` fills the events' kind enum (kept in the places schema). */
export function dataPackage(placeKinds: readonly string[]) {
	const csv = (
		name: string,
		path: string,
		title: string,
		description: string,
		fields: Field[],
		primaryKey: string[]
	): Resource => ({
		name,
		path,
		title,
		description,
		format: 'csv',
		mediatype: 'text/csv',
		encoding: 'utf-8',
		dialect: {
			delimiter: ',',
			lineTerminator: '\r\n',
			quoteChar: '"',
			doubleQuote: true,
			header: true
		},
		schema: { fields, primaryKey, missingValues: [''] }
	});
	return {
		profile: 'tabular-data-package',
		name: 'orbit-asia-moscow',
		title: `Orbit: how Asia’s states stood with Moscow, ${FIRST_YEAR}–${LAST_YEAR}`,
		description:
			'One class per state per year for every Asian state, in two readings: formal (dated, cited records through the published codebook, /method) and assessed (the formal reading, departing only by cited written judgements). With the records and the events the atlas shows.',
		version: DATASET_VERSION,
		created: DATASET_RELEASED,
		homepage: '/method',
		keywords: ['USSR', 'Russia', 'Asia', 'alliances', 'international relations', 'codebook'],
		licenses: [
			{
				name: 'CC-BY-4.0',
				title: 'Creative Commons Attribution 4.0',
				path: 'https://creativecommons.org/licenses/by/4.0/'
			}
		],
		sources: [
			{
				title: 'The Diplomat, “Asia After the Soviet Union”, December 2021',
				path: '/sources/diplomat-2021'
			},
			{
				title:
					'Vladimir Mazyrin, “Russia and Vietnam: Building a Strategic Partnership”, ISEAS 2012',
				path: '/sources/mazyrin-2012'
			}
		],
		changelog: CHANGELOG,
		resources: <Resource[]>[
			csv(
				'relations',
				'relations.csv',
				'Relations by state and year',
				'One row per coded state per year, both readings',
				RELATION_FIELDS,
				['state', 'year']
			),
			csv(
				'records',
				'records.csv',
				'Records',
				'The dated, cited events the codebook reads; one row per record per state',
				RECORD_FIELDS,
				['state', 'id']
			),
			csv(
				'events',
				'events.csv',
				'Events at places',
				'The events the map’s places tell, with their citations',
				EVENT_FIELDS.map((f) =>
					f.name === 'kind' ? { ...f, constraints: { ...f.constraints, enum: [...placeKinds] } } : f
				),
				[]
			),
			{
				...csv(
					'atop-comparison',
					'atop-comparison.csv',
					'The formal reading against ATOP 5.1',
					`One row per compared state-year, ${ATOP_FIRST_YEAR}–${ATOP_LAST_YEAR}: ATOP 5.1’s obligations between the state and Moscow (both directions merged), the formal and assessed classes, whether ATOP and the formal reading agree, and where they differ, why (/method#atop). The ATOP columns are derived from ATOP 5.1 as distributed by the R package peacesciencer; cite ATOP and peacesciencer when using them.`,
					ATOP_FIELDS,
					['state', 'year']
				),
				sources: ATOP_SOURCES
			},
			{
				name: 'relations-json',
				path: 'relations.json',
				title: 'Relations by state and year (JSON)',
				description: 'The same rows as relations.csv with the classes and sources described',
				format: 'json',
				mediatype: 'application/json'
			},
			{
				name: 'places',
				path: 'places.json',
				title: 'Places',
				description: 'Every place with its names, coordinates and events',
				format: 'json',
				mediatype: 'application/json'
			}
		]
	};
}
