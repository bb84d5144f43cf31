import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import PlacePopup from '$lib/places/PlacePopup.svelte';
import { placeTexts, type PlaceRecord } from '$lib/places/places';
import { reef } from './fixtures';

describe('place popup', () => {
	it('renders markup and script in the data as inert text', () => {
		const evil = {
			...reef,
			name: '<img src=x onerror=alert(1)>',
			events: [{ date: reef.events[0].date, states: reef.events[0].states }]
		} as PlaceRecord;
		placeTexts.provide({
			[evil.id]: {
				names: { ru: '<i>Риф</i>' },
				events: [
					{
						summary: '<script>alert("x")</script> and <b>bold</b>',
						citations: reef.events[0].citations
					}
				]
			}
		});
		const { body } = render(PlacePopup, { props: { place: evil, year: 1988 } });
		expect(body).not.toContain('<script>');
		expect(body).not.toContain('<img');
		expect(body).not.toContain('<b>');
		expect(body).not.toContain('<i>');
		expect(body).toContain('&lt;i>Риф');
		expect(body).toContain('&lt;script>');
		expect(body).toContain('Original passage');
	});
});
