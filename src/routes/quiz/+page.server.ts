import type { Topology } from 'topojson-specification';
import topology from '$lib/generated/polities.topo.json';
import { TABLE } from '$lib/relations/open-data';
import { drawnSpans } from '$lib/quiz/spans';
import type { PageServerLoad } from './$types';

export const prerender = true;

// When and where each coded state is drawn on its own: read from the map's topology here, at
// build time, so the page carries a few kilobytes instead of the geometry's properties.
const DRAWN = drawnSpans(topology as unknown as Topology, new Set(Object.keys(TABLE.states)));

export const load: PageServerLoad = () => ({ drawn: DRAWN });
