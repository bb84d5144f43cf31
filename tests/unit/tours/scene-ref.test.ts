import { describe, expect, it } from 'vitest';
import { readSceneRef, writeSceneOnly, writeSceneRef } from '$lib/tours/scene-ref';

describe('the written form of a tour scene', () => {
	it('reads "china/3" as the tour and the number written, and writes it back', () => {
		expect(readSceneRef('china/3')).toEqual({ tour: 'china', number: 3 });
		expect(writeSceneRef({ tour: 'china', index: 2 })).toBe('china/3');
		const ref = readSceneRef(writeSceneRef({ tour: 'koreas', index: 0 }))!;
		expect(ref).toEqual({ tour: 'koreas', number: 1 });
	});

	it('reads and writes an ask scene\'s answer as "/answer"; what orbit:state says drops it', () => {
		expect(readSceneRef('china/3/answer')).toEqual({ tour: 'china', number: 3, answer: true });
		expect(writeSceneRef({ tour: 'china', index: 2, answer: true })).toBe('china/3/answer');
		expect(writeSceneOnly({ tour: 'china', index: 2, answer: true })).toBe('china/3');
		expect(writeSceneOnly({ tour: 'china', index: 2 })).toBe('china/3');
	});

	it.each([
		'china/3/answer/',
		'china/3/Answer',
		'china/answer',
		'china/3/answer/answer',
		'china',
		'china/',
		'/3',
		'china/1/2',
		'China/1',
		'../china/1',
		'china/1234',
		' china/1'
	])('refuses %j', (raw) => expect(readSceneRef(raw)).toBeNull());
});
