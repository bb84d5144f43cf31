/** Promises that resolve once a year is drawn: play waits on them, one year after another. */
export class YearWaiters {
	// Resolvers, not state: nothing renders from these.
	#waiting = new Map<number, (() => void)[]>();

	/** Resolves when `drawn(year)` is called. */
	wait(year: number): Promise<void> {
		return new Promise((resolve) => {
			this.#waiting.set(year, [...(this.#waiting.get(year) ?? []), resolve]);
		});
	}

	drawn(year: number) {
		for (const resolve of this.#waiting.get(year) ?? []) resolve();
		this.#waiting.delete(year);
	}

	/** Resolves every wait: nothing more will be drawn. */
	releaseAll() {
		for (const resolvers of this.#waiting.values()) for (const resolve of resolvers) resolve();
		this.#waiting.clear();
	}
}
