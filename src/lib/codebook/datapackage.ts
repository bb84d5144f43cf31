/**
 * The Frictionless Data Package descriptor (/data/datapackage.json): every published CSV file with
 * a Table Schema (types, enums, keys), so the coding loads into R, pandas or frictionless as is.
 * A unit test validates it with the reference validator and casts every row of every file.
 * https://specs.frictionlessdata.io/data-package/ and /table-schema/
 */
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';
import { absoluteUrl } from '../site/site-url.ts';
import { CHANGELOG, DATASET_RELEASED, DATASET_VERSION } from './dataset.ts';
import {
	EVENT_FIELDS,
	RECORD_FIELDS,
	RELATION_FIELDS,
	STATE_FIELDS,
	type Field
} from './table-schemas.ts';
import { ATOP_FIELDS } from './atop-summary.ts';
import { ATOP_FIRST_YEAR, ATOP_LAST_YEAR } from './atop-terms.ts';

export interface ForeignKey {
	fields: string;
	reference: { resource: string; fields: string };
}

export interface Resource {
	profile: 'tabular-data-resource';
	name: string;
	path: string;
	title: string;
	description: string;
	format: 'csv';
	mediatype: 'text/csv';
	encoding: 'utf-8';
	dialect: Record<string, string | boolean>;
	schema: {
		fields: Field[];
		primaryKey: string[];
		foreignKeys?: ForeignKey[];
		missingValues: string[];
	};
	sources?: { title: string; path: string }[];
}

/** A column whose every value is a row of states.csv. */
const TO_STATES: ForeignKey = {
	fields: 'state',
	reference: { resource: 'states', fields: 'state' }
};

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

/**
 * The descriptor: a Tabular Data Package of the CSV files, each with its primary key and, where
 * a column names a state, a foreign key to states.csv. relations.json and places.json are the
 * same data for the web, not resources: every resource here loads as a table in any Frictionless
 * tool. `site` is the published address (`SITE_URL`): the spec wants full URLs for the homepage
 * and the sources, while the resources' paths stay relative to the descriptor.
 * `placeKinds` fills the events' kind enum (kept in the places schema).
 */
export function dataPackage(placeKinds: readonly string[], site: string) {
	const csv = (
		name: string,
		title: string,
		description: string,
		fields: Field[],
		primaryKey: string[],
		foreignKeys: ForeignKey[] = []
	): Resource => ({
		profile: 'tabular-data-resource',
		name,
		path: `${name}.csv`,
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
		schema: {
			fields,
			primaryKey,
			...(foreignKeys.length ? { foreignKeys } : {}),
			missingValues: ['']
		}
	});
	const url = (path: string) => absoluteUrl(site, path);
	return {
		profile: 'tabular-data-package',
		name: 'orbit-asia-moscow',
		title: `Orbit: how Asia’s states stood with Moscow, ${FIRST_YEAR}–${LAST_YEAR}`,
		description: `One class per state per year for every Asian state, in two readings: formal (dated, cited records through the published codebook, ${url('/method')}) and assessed (the formal reading, departing only by cited written judgements). With the states, the records, the events the atlas shows and the formal reading checked against ATOP 5.1.`,
		version: DATASET_VERSION,
		created: `${DATASET_RELEASED}T00:00:00Z`,
		homepage: url('/data'),
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
				path: url('/sources/diplomat-2021')
			},
			{
				title:
					'Vladimir Mazyrin, “Russia and Vietnam: Building a Strategic Partnership”, ISEAS 2012',
				path: url('/sources/mazyrin-2012')
			}
		],
		changelog: CHANGELOG,
		resources: [
			csv(
				'relations',
				'Relations by state and year',
				'One row per coded state per year, both readings',
				RELATION_FIELDS,
				['state', 'year'],
				[TO_STATES]
			),
			csv(
				'states',
				'States',
				'One row per coded state: its code, name and the years it is coded',
				STATE_FIELDS,
				['state']
			),
			csv(
				'records',
				'Records',
				'The dated, cited events the codebook reads; one row per record per state',
				RECORD_FIELDS,
				['id', 'state'],
				[TO_STATES]
			),
			csv(
				'events',
				'Events at places',
				'The events the map’s places tell, with their citations; one event per place and day',
				EVENT_FIELDS.map((f) =>
					f.name === 'kind' ? { ...f, constraints: { ...f.constraints, enum: [...placeKinds] } } : f
				),
				['place', 'date']
			),
			{
				...csv(
					'atop-comparison',
					'The formal reading against ATOP 5.1',
					`One row per compared state-year, ${ATOP_FIRST_YEAR}–${ATOP_LAST_YEAR}: ATOP 5.1’s obligations between the state and Moscow (both directions merged), the formal and assessed classes, whether ATOP and the formal reading agree, and where they differ, why (${url('/method#atop')}). The ATOP columns are derived from ATOP 5.1 as distributed by the R package peacesciencer; cite ATOP and peacesciencer when using them.`,
					ATOP_FIELDS,
					['state', 'year'],
					[TO_STATES]
				),
				sources: ATOP_SOURCES
			}
		]
	};
}
