/**
 * Which reading the site shows: `assessed` (the default) or `formal` (the records and rules alone).
 * One value for the whole page, so the map, the panels, the summaries and the table always agree;
 * AtlasState sets it from the address and the reading control.
 */
import type { Reading } from './readings';

let current = $state<Reading>('assessed');

export function currentReading(): Reading {
	return current;
}

export function setCurrentReading(reading: Reading) {
	current = reading;
}
