/**
 * The year the atlas shows, and the rules for moving it: no UI here, so it is tested in Node.
 * The slider displays it; the page keeps it in the URL; the map follows it.
 */
import { FIRST_YEAR, LAST_YEAR } from '$lib/relations/classes';

export class Timeline {
	readonly first = FIRST_YEAR;
	readonly last = LAST_YEAR;
	year = $state(LAST_YEAR);

	constructor(year: number = LAST_YEAR) {
		this.year = this.snap(year);
	}

	/** The nearest whole year in range. */
	snap(year: number): number {
		if (!Number.isFinite(year)) return this.year;
		return Math.min(this.last, Math.max(this.first, Math.round(year)));
	}

	set(year: number) {
		this.year = this.snap(year);
	}

	step(by: number) {
		this.set(this.year + by);
	}

	get atStart() {
		return this.year <= this.first;
	}

	get atEnd() {
		return this.year >= this.last;
	}
}
