/**
 * Test ids a map stamps on its own container, the signals tests and the bench wait on:
 * data-idle ("false" from a write until the frame that shows it), data-year (the year drawn),
 * data-reading, data-outlined (the states outlined), data-hidden (the states whose class a tour
 * scene hides, written with data-idle "false", so data-idle "true" after it means the hiding is
 * drawn) and data-detail ("shown" once the coastline detail is in the style).
 */
export class MapStamps {
	#el: HTMLElement | null = null;

	attach(el: HTMLElement) {
		this.#el = el;
	}

	/** A write is on its way to the screen. */
	busy() {
		if (this.#el) this.#el.dataset.idle = 'false';
	}

	/** The map stands idle; `year` is drawn (omitted: the year stamp stays as it was). */
	idle(year?: number | null) {
		if (!this.#el) return;
		this.#el.dataset.idle = 'true';
		if (year !== undefined) this.#el.dataset.year = String(year ?? '');
	}

	/** `npm run bench` forces a plain repaint of the same view (an `atlas:repaint` event) to measure the floor. */
	repaintOnRequest(map: { triggerRepaint(): void }) {
		this.#el?.addEventListener('atlas:repaint', () => {
			this.busy();
			map.triggerRepaint();
		});
	}

	set(name: 'reading' | 'outlined' | 'hidden' | 'detail', value: string) {
		if (this.#el) this.#el.dataset[name] = value;
	}
}
