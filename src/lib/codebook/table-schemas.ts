/**
 * The Table Schema fields of the published CSV files (relations, records, events, states): types,
 * descriptions and allowed values, in the order the files are written (a unit test checks it).
 * https://specs.frictionlessdata.io/table-schema/
 */
import { RELATION_CLASS_IDS } from './classes.ts';
import { FIRST_YEAR, LAST_YEAR } from '../years/years.ts';
import { RECORD_DETAILS, RECORD_KIND_IDS } from './records.ts';
import { ASSESSED_RULE, RULE_IDS } from './rules.ts';

export interface Field {
	name: string;
	type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';
	description: string;
	format?: string;
	constraints?: {
		required?: boolean;
		enum?: (string | number)[];
		minimum?: number;
		maximum?: number;
		pattern?: string;
	};
}

const ISO_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const STATE = { pattern: '^[A-Z]{3}$', required: true };
const classEnum = (required: boolean) => ({ enum: [...RELATION_CLASS_IDS], required });

export const RELATION_FIELDS: Field[] = [
	{
		name: 'state',
		type: 'string',
		description:
			'The state, a row of states.csv: ISO 3166-1 alpha-3, or a historical code (SUN, RVN, YMD)',
		constraints: STATE
	},
	{
		name: 'name',
		type: 'string',
		description: 'The state’s name in English',
		constraints: { required: true }
	},
	{
		name: 'year',
		type: 'integer',
		description: 'The year, read on 1 July (armed clashes: the calendar year)',
		constraints: { required: true, minimum: FIRST_YEAR, maximum: LAST_YEAR }
	},
	{
		name: 'class',
		type: 'string',
		description: 'The assessed class (the default reading)',
		constraints: classEnum(true)
	},
	{
		name: 'rule',
		type: 'string',
		description: `The codebook rule that decided the assessed class, or "${ASSESSED_RULE}" where a written judgement departs from the rules (see /method)`,
		constraints: { enum: [...RULE_IDS, ASSESSED_RULE], required: true }
	},
	{
		name: 'formal_class',
		type: 'string',
		description: 'The formal class: the records and rules alone',
		constraints: classEnum(true)
	},
	{
		name: 'formal_rule',
		type: 'string',
		description: 'The codebook rule that decided the formal class',
		constraints: { enum: [...RULE_IDS], required: true }
	},
	{
		name: 'judgement',
		type: 'string',
		description: 'The id of the judgement the assessed class follows, if any'
	},
	{
		name: 'records',
		type: 'string',
		description: 'Ids of the records (records.csv) that made the formal rule match, space-separated'
	},
	{
		name: 'contested_class',
		type: 'string',
		description: 'Another reasonable class, where readers disagree',
		constraints: { enum: ['', ...RELATION_CLASS_IDS] }
	},
	{
		name: 'confidence',
		type: 'string',
		description: 'How sure the coding is',
		constraints: { enum: ['high', 'medium', 'low'], required: true }
	},
	{
		name: 'reason',
		type: 'string',
		description: 'Why, in our own words',
		constraints: { required: true }
	},
	{
		name: 'citations',
		type: 'string',
		description:
			'Source paragraphs (source#paragraph) or dated external records, separated by " | "',
		constraints: { required: true }
	},
	{
		name: 'interval_from',
		type: 'string',
		description: 'Start of the coded interval (ISO date of year, month or day precision)',
		constraints: { pattern: ISO_DATE_PATTERN, required: true }
	},
	{
		name: 'interval_to',
		type: 'string',
		description: 'End of the coded interval, exclusive; empty when open',
		constraints: { pattern: `(${ISO_DATE_PATTERN})|^$` }
	},
	{ name: 'contested_by', type: 'string', description: 'Who reads it the other way' },
	{ name: 'contested_reason', type: 'string', description: 'Why they do' },
	{
		name: 'contested_citations',
		type: 'string',
		description: 'Their citations, separated by " | "'
	}
];

export const RECORD_FIELDS: Field[] = [
	{
		name: 'id',
		type: 'string',
		description: 'The record’s id (the same id in several states is one record)',
		constraints: { required: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }
	},
	{
		name: 'state',
		type: 'string',
		description: 'The state the record concerns, a row of states.csv',
		constraints: STATE
	},
	{
		name: 'kind',
		type: 'string',
		description: 'What the record is (see /method#records)',
		constraints: { enum: [...RECORD_KIND_IDS], required: true }
	},
	{
		name: 'date',
		type: 'string',
		description: 'In force from (treaties: entry into force); an armed clash: its first day',
		constraints: { pattern: ISO_DATE_PATTERN, required: true }
	},
	{
		name: 'end',
		type: 'string',
		description:
			'In force until, exclusive; an armed clash: its last day; empty when still in force',
		constraints: { pattern: `(${ISO_DATE_PATTERN})|^$` }
	},
	{
		name: 'signed',
		type: 'string',
		description: 'A treaty’s signature, where it differs from its entry into force',
		constraints: { pattern: `(${ISO_DATE_PATTERN})|^$` }
	},
	{
		name: 'dated_by',
		type: 'string',
		description:
			'"signature" where a treaty’s entry into force is not known and it counts from its signature (convention 0.2); empty otherwise',
		constraints: { enum: ['signature', ''] }
	},
	{
		name: 'detail',
		type: 'string',
		description: `Space-separated details: ${RECORD_DETAILS.join(', ')}`
	},
	{
		name: 'treaties',
		type: 'string',
		description:
			'A treaty lapse only: the ids of the treaty records it ends (convention 0.4), space-separated'
	},
	{
		name: 'title',
		type: 'string',
		description: 'The record, named in our words',
		constraints: { required: true }
	},
	{ name: 'note', type: 'string', description: 'What the record says that matters to the rules' },
	{
		name: 'citations',
		type: 'string',
		description: 'Source paragraphs or dated external records, separated by " | "',
		constraints: { required: true }
	},
	{
		name: 'decides',
		type: 'string',
		description:
			'The years this record decides in the formal reading ("1950–1959, 1962"), including the years a treaty lapse or a rapprochement sets aside what a higher rule would have read; empty: it decides none (an incident, or a record a higher rule overrides every year it is in force)'
	}
];

export const EVENT_FIELDS: Field[] = [
	{ name: 'place', type: 'string', description: 'The place’s id', constraints: { required: true } },
	{
		name: 'place_name',
		type: 'string',
		description: 'The place’s English name',
		constraints: { required: true }
	},
	{
		name: 'lon',
		type: 'number',
		description: 'Longitude, WGS 84',
		constraints: { minimum: -180, maximum: 180, required: true }
	},
	{
		name: 'lat',
		type: 'number',
		description: 'Latitude, WGS 84',
		constraints: { minimum: -90, maximum: 90, required: true }
	},
	{
		name: 'kind',
		type: 'string',
		description: 'The kind of place',
		constraints: { required: true }
	},
	{
		name: 'date',
		type: 'string',
		description: 'The event’s date',
		constraints: { pattern: ISO_DATE_PATTERN, required: true }
	},
	{
		name: 'summary',
		type: 'string',
		description: 'What happened, in our own words',
		constraints: { required: true }
	},
	{ name: 'states', type: 'string', description: 'The states involved, space-separated codes' },
	{
		name: 'citations',
		type: 'string',
		description: 'Source paragraphs or dated external records, separated by " | "',
		constraints: { required: true }
	}
];

export const STATE_FIELDS: Field[] = [
	{
		name: 'state',
		type: 'string',
		description:
			'The code every other file uses: ISO 3166-1 alpha-3, or SUN (the USSR), RVN (South Vietnam), YMD (South Yemen)',
		constraints: STATE
	},
	{
		name: 'name',
		type: 'string',
		description: 'The state’s name in English',
		constraints: { required: true }
	},
	{
		name: 'first_year',
		type: 'integer',
		description: 'The first year the state has a row in relations.csv',
		constraints: { required: true, minimum: FIRST_YEAR, maximum: LAST_YEAR }
	},
	{
		name: 'last_year',
		type: 'integer',
		description: 'The last year the state has a row in relations.csv (every year between has one)',
		constraints: { required: true, minimum: FIRST_YEAR, maximum: LAST_YEAR }
	},
	{
		name: 'other_codes',
		type: 'string',
		description:
			'Historical codes the map and events.csv use for a polity whose years are coded in this state’s rows (VDR, North Vietnam, in VNM; YAR, North Yemen, in YEM), space-separated',
		constraints: { pattern: '^([A-Z]{3}( [A-Z]{3})*)?$' }
	}
];
