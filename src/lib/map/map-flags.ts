/**
 * The states a map outlines and the states whose class it hides (a tour scene asking the room),
 * written as polity feature-state flags (year-writer.ts) on the map, its coastline detail once
 * loaded, and stamped on the map's element for the tests (stamps.ts).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PolityRecord } from './polities';
import type { MapStamps } from './stamps';
import { writeHidden, writeOutline, writeYear, type PolityMirror } from './year-writer';

export class MapFlags {
	outlined: readonly string[] = [];
	hidden: readonly string[] = [];

	constructor(private readonly stamps: MapStamps) {}

	/** Asks to hide `states`; false when they are hidden already (nothing to write). */
	hide(states: readonly string[]): boolean {
		if (states.join(' ') === this.hidden.join(' ')) return false;
		this.hidden = [...states];
		return true;
	}

	drawOutline(map: MapLibreMap, polities: readonly PolityRecord[], detail: PolityMirror | null) {
		writeOutline(map, polities, this.outlined, detail);
		this.stamps.set('outlined', this.outlined.join(' '));
	}

	/** Writes the hiding and asks for a frame, so the idle stamp follows once it is drawn. */
	drawHidden(map: MapLibreMap, polities: readonly PolityRecord[], detail: PolityMirror | null) {
		this.stamps.busy();
		writeHidden(map, polities, this.hidden, detail);
		this.stamps.set('hidden', this.hidden.join(' '));
		map.triggerRepaint();
	}

	/** The coastline detail just loaded: the year written (if any) and both flags onto its pieces. */
	catchUp(
		map: MapLibreMap,
		polities: readonly PolityRecord[],
		detail: PolityMirror,
		year: number | null
	) {
		if (year !== null) writeYear(map, polities, null, year, 'feature-state', detail);
		writeOutline(map, polities, this.outlined, detail);
		writeHidden(map, polities, this.hidden, detail);
	}
}
