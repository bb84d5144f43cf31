/** The authored data itself: complete, cited, and true to a few pinned facts. */
import { describe, expect, it } from 'vitest';
import { loadRelations } from '../../../geodata/relations';
import { codeStates, loadRecords } from '../../../geodata/records';
import type { Reading } from '$lib/codebook/readings';
import { FIRST_YEAR } from '$lib/years/years';

const relations = loadRelations();
const byState = new Map(relations.map((r) => [r.state, r]));
const codings = codeStates(relations, loadRecords());
/** The class the codebook gives a state in a year (the assessed reading unless asked). */
const classIn = (state: string, year: number, reading: Reading = 'assessed') => {
	const c = codings.get(state);
	if (!c) throw new Error(`${state} is not coded`);
	return c.years[year - FIRST_YEAR]?.[reading].class;
};

describe('relationship data', () => {
	it('codes Moscow and the foundation states for every year', () => {
		const required = [
			'SUN',
			'RUS',
			'CHN',
			'IND',
			'JPN',
			'PRK',
			'KOR',
			'VNM',
			'MNG',
			'KAZ',
			'KGZ',
			'TJK',
			'TKM',
			'UZB'
		];
		for (const state of required) {
			const r = byState.get(state);
			expect(r, state).toBeDefined();
			const from = r!.years?.from ?? 1945;
			const to = r!.years?.to ?? 2025;
			for (let year = from; year <= to; year++)
				expect(classIn(state, year), `${state} ${year}`).toBeDefined();
		}
	});

	it('codes every state of Asia (UN M49, plus Taiwan) for every year 1945-2025', () => {
		const asia =
			'AFG ARM AZE BHR BGD BTN BRN KHM CHN CYP GEO IND IDN IRN IRQ ISR JPN JOR KAZ KWT KGZ LAO LBN MYS MDV MNG MMR NPL PRK OMN PAK PSE PHL QAT SAU SGP KOR LKA SYR TWN TJK THA TLS TUR TKM ARE UZB VNM YEM'.split(
				' '
			);
		expect(asia).toHaveLength(49);
		for (const state of asia)
			for (let year = 1945; year <= 2025; year++) {
				expect(classIn(state, year), `${state} ${year}`).toBeDefined();
			}
		// The historical polities within their years.
		for (let year = 1955; year <= 1976; year++)
			expect(classIn('RVN', year), `RVN ${year}`).toBeDefined();
		for (let year = 1945; year <= 1989; year++)
			expect(classIn('YMD', year), `YMD ${year}`).toBeDefined();
	});

	it('cites every interval and every contested reading', () => {
		for (const r of relations)
			for (const iv of r.intervals) {
				expect(iv.citations.length).toBeGreaterThan(0);
				if (iv.contested) expect(iv.contested.citations.length).toBeGreaterThan(0);
			}
	});

	it('ends the USSR in 1991: 1991 shows it, 1992 its successors', () => {
		expect(classIn('SUN', 1991)).toBe('moscow');
		expect(byState.get('SUN')!.years).toEqual({ from: 1945, to: 1991 });
		for (const state of ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM']) {
			expect(classIn(state, 1991), state).toBe('moscow');
			expect(classIn(state, 1992), state).not.toBe('moscow');
		}
		expect(classIn('RUS', 1992)).toBe('moscow');
	});

	it('pins a few dated facts', () => {
		// The 1978 treaty only obliges consultation (rule 10: partner); Soviet basing at Cam Ranh Bay
		// from 1979 is the written judgement that reads it as an alliance.
		expect(classIn('VNM', 1979, 'formal')).toBe('partner');
		expect(classIn('VNM', 1985)).toBe('ally');
		// Seoul and Moscow established relations on 30 September 1990; the bloc rule (8) ended
		// with the Paris declaration of 19 November 1990.
		expect(classIn('KOR', 1990)).toBe('no-relations');
		expect(classIn('KOR', 1991)).toBe('normal');
		// The 1950 treaty was in force until 1980: formally an ally, in practice a rival.
		expect(classIn('CHN', 1965, 'formal')).toBe('ally');
		expect(classIn('CHN', 1965)).toBe('strained');
		// The Sino-Soviet border clashes of 1969, in both readings (rule 2 comes before rule 6).
		expect(classIn('CHN', 1969)).toBe('conflict');
		expect(classIn('CHN', 1969, 'formal')).toBe('conflict');
		// Japan 1945: the war of August makes the year conflict, though 1 July was at peace.
		expect(classIn('JPN', 1945)).toBe('conflict');
		// Syria in the United Arab Republic is not a dependency (convention 0.3).
		expect(classIn('SYR', 1960)).not.toBe('dependent');
		// Uzbekistan suspended its CSTO membership in 2012; its 2005 bilateral alliance treaty
		// (mutual assistance) stays in force, so rule 6 still decides ally.
		expect(codings.get('UZB')!.years[2013 - FIRST_YEAR]!.formal.rule).toBe('defence-treaty');
		// Bangladesh: a province of Pakistan until 1971, then independent.
		expect(classIn('BGD', 1965)).toBe('dependent');
		expect(classIn('BGD', 1972)).not.toBe('dependent');
		// The Russo-Georgian war of August 2008; Georgia broke off relations afterwards.
		expect(classIn('GEO', 2008)).toBe('conflict');
		expect(classIn('GEO', 2010)).toBe('no-relations');
		// Vietnam and Mongolia are no longer allies once the Soviet Union is gone.
		expect(classIn('VNM', 1985)).not.toBe(classIn('VNM', 1995));
		expect(classIn('MNG', 1985)).not.toBe(classIn('MNG', 1995));
	});

	it('asks the India question the source asks (was India ever an ally?)', () => {
		const india = byState.get('IND')!;
		expect(
			india.intervals.some(
				(iv) => iv.contested && iv.contested.citations.some((c) => c.includes('#india-'))
			)
		).toBe(true);
	});
});
