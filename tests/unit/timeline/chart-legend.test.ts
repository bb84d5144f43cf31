/**
 * The year chart and the legend say the same counts, for every year in both readings: both
 * components rendered (server-side) from the data they read in the page, the chart's table as a
 * screen reader gets it against the legend's counts as a reader sees them. The browser test
 * (tests/e2e/timeline-chart.spec.ts) checks the page's own wiring for a few years.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import table from '$lib/generated/relations.json';
import YearChart from '$lib/timeline/YearChart.svelte';
import RelationLegend from '$lib/relations/RelationLegend.svelte';
import { RELATION_CLASSES } from '$lib/codebook/classes';
import {
	classCounts,
	contestedCount,
	relationIn,
	relationsData,
	type RelationsTable
} from '$lib/relations/relations';
import { READINGS, type Reading } from '$lib/codebook/readings';
import { allYears, YEAR_COUNT } from '$lib/years/years';

// The formal counts come with the full table, which the page fetches on first use.
relationsData.provide(table as unknown as RelationsTable);

/** Text as a reader gets it: no tags, no comments, entities decoded. */
const text = (html: string) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.trim();

/** The chart's table: its caption and, per year, its eight counts. */
function chartTable(
	reading: Reading,
	withheld: { year: number; states: readonly string[] } | null = null
): {
	caption: string;
	head: string[];
	rows: Map<number, string[]>;
} {
	const { body } = render(YearChart, {
		props: { year: 1979, reading, withheld, onyear: () => {}, onpick: () => {} }
	});
	const tableHtml = body.slice(body.indexOf('<table'), body.indexOf('</table>'));
	const cells = (row: string) =>
		[...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((m) => text(m[1]));
	const [head, ...rows] = [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => cells(m[1]));
	return {
		caption: text(/<caption>([\s\S]*?)<\/caption>/.exec(tableHtml)![1]),
		head,
		rows: new Map(rows.map(([year, ...counts]) => [Number(year), counts]))
	};
}

/** The legend's class counts as the page passes them in (SidePanel, EmbedCorner). */
function legendCounts(year: number, reading: Reading): string[] {
	const { body } = render(RelationLegend, {
		props: { counts: classCounts(year, reading), contested: contestedCount(year), reading }
	});
	return body
		.split('<li')
		.slice(1)
		.filter((li) => !/^[^>]*class="[^"]*\b(note|uncoded)\b/.test(li))
		.map((li) => text(li.slice(li.indexOf('<span class="count'))));
}

describe('the year chart and the legend', () => {
	for (const reading of READINGS) {
		it(`${reading} reading: the chart's counts are the legend's, every year`, () => {
			const chart = chartTable(reading);
			expect(chart.caption).toBe(`States in each class by year (${reading} reading)`);
			expect(chart.head).toEqual(['Year', ...RELATION_CLASSES.map((c) => c.label)]);
			expect(chart.rows.size).toBe(YEAR_COUNT);
			for (const year of allYears()) {
				const counts = chart.rows.get(year)!;
				// Every year has states.
				expect(
					counts.some((n) => Number(n) > 0),
					String(year)
				).toBe(true);
				expect(legendCounts(year, reading), `legend in ${year}`).toEqual(
					counts.map((n) => `${n}states this year`)
				);
			}
		});
	}

	it('the readings differ in some year, so a check of both is two checks', () => {
		const years = (reading: Reading) => [...chartTable(reading).rows.values()];
		expect(years('formal')).not.toEqual(years('assessed'));
	});

	it('states an ask scene keeps back leave their year, and only their year', () => {
		const asked = ['VNM', 'CHN'];
		for (const reading of READINGS) {
			const all = chartTable(reading).rows;
			const kept = chartTable(reading, { year: 1979, states: asked }).rows;
			for (const [year, counts] of all) {
				if (year !== 1979) expect(kept.get(year), String(year)).toEqual(counts);
			}
			// One less in each asked state's class that year, as the legend would count it.
			const expected = RELATION_CLASSES.map((c, k) => {
				const out = asked.filter((s) => relationIn(s, 1979, reading)?.class === c.id).length;
				return String(Number(all.get(1979)![k]) - out);
			});
			expect(kept.get(1979), reading).toEqual(expected);
			expect(kept.get(1979)).not.toEqual(all.get(1979));
		}
	});
});
