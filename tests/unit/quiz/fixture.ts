/** The quiz's data as the page assembles it, from the unit tests' geodata build. */
import type { Topology } from 'topojson-specification';
import topology from '$lib/generated/polities.topo.json';
import { TABLE } from '$lib/relations/open-data';
import { PLACES } from '$lib/places/places';
import { drawnSpans } from '$lib/quiz/spans';
import type { QuizData } from '$lib/quiz/pool';

export const DRAWN = drawnSpans(
	topology as unknown as Topology,
	new Set(Object.keys(TABLE.states))
);

export const DATA: QuizData = {
	states: TABLE.states,
	aliases: TABLE.aliases,
	drawn: DRAWN,
	events: PLACES.flatMap((p) => p.events)
};
