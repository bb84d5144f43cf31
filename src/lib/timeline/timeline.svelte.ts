/**
 * The year the atlas shows, and the rules for moving it: no UI here, so it is tested in Node.
 * The slider displays it; the page keeps it in the URL; the map follows it.
 */
import { FIRST_YEAR, LAST_YEAR, clampYear } from '$lib/years/years';

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
		return clampYear(year);
	}

	set(year: number) {
		this.year = this.snap(year);
	}

	step(by: number) {
		this.set(this.year + by);
	}

	/** Years per second while playing. */
	speed = $state(1);
	playing = $state(false);
	/** The years play runs through (it stops at the end). */
	range = $state<[number, number]>([FIRST_YEAR, LAST_YEAR]);
	#run = 0;

	/**
	 * Plays from the current year (from the start of the range if outside it or at its end) to the
	 * end of the range, one year per 1/speed seconds. Each step waits for `shown(year)` (the map
	 * drawn) before the pause, so no year is skipped however slow the machine.
	 */
	async play(shown: (year: number) => Promise<void>, sleep = defaultSleep) {
		const run = ++this.#run;
		const [from, to] = this.range;
		if (this.year < from || this.year >= to) this.set(from);
		this.playing = true;
		await shown(this.year);
		while (this.#run === run && this.year < to) {
			await sleep(1000 / this.speed);
			if (this.#run !== run) break;
			this.step(1);
			await shown(this.year);
		}
		if (this.#run === run) this.playing = false;
	}

	pause() {
		this.#run++;
		this.playing = false;
	}

	get atStart() {
		return this.year <= this.first;
	}

	get atEnd() {
		return this.year >= this.last;
	}
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
