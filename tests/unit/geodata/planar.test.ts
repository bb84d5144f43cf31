import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import {
	closeAroundPole,
	isPolarCap,
	longestLonEdge,
	planarFeature,
	planarPolygon,
	unwrapRing
} from '../../../geodata/steps/planar';

describe('unwrapRing', () => {
	it('removes the jump where a ring crosses the antimeridian', () => {
		const ring = [
			[178, 65],
			[-178, 65],
			[-178, 66],
			[178, 66],
			[178, 65]
		];
		expect(unwrapRing(ring)).toEqual([
			[178, 65],
			[182, 65],
			[182, 66],
			[178, 66],
			[178, 65]
		]);
	});

	it('leaves an ordinary ring alone', () => {
		const ring = [
			[10, 0],
			[20, 0],
			[20, 10],
			[10, 0]
		];
		expect(unwrapRing(ring)).toEqual(ring);
	});
});

describe('closeAroundPole', () => {
	it('closes a ring that circles the south pole through the pole', () => {
		const ring = unwrapRing([
			[-180, -70],
			[-90, -72],
			[0, -71],
			[90, -70],
			[180, -70]
		]);
		const closed = closeAroundPole(ring);
		expect(closed.slice(-3)).toEqual([
			[180, -90],
			[-180, -90],
			[-180, -70]
		]);
	});
});

describe('planarPolygon', () => {
	it('drops a polar-cap ring and promotes its hole (50m Antarctica)', () => {
		const cap = [
			[-180, -89.95],
			[0, -89.95],
			[180, -89.95],
			[-180, -89.95]
		];
		expect(isPolarCap(cap)).toBe(true);
		const coast = [
			[-180, -70],
			[0, -71],
			[180, -70]
		];
		const fixed = planarPolygon([cap, coast])!;
		expect(fixed).toHaveLength(1);
		expect(fixed[0].every(([, lat]) => lat <= -70)).toBe(true);
	});

	it('shifts a ring by whole turns so it is centred in [-180, 180]', () => {
		const fixed = planarPolygon([
			[
				[190, 10],
				[200, 10],
				[200, 20],
				[190, 10]
			]
		])!;
		expect(fixed[0][0]).toEqual([-170, 10]);
	});

	it('keeps a hole beside its outer ring across the antimeridian', () => {
		const outer = [
			[170, 60],
			[-170, 60],
			[-170, 70],
			[170, 70],
			[170, 60]
		];
		const hole = [
			[-179, 64],
			[-178, 64],
			[-178, 65],
			[-179, 64]
		];
		const [o, h] = planarPolygon([outer, hole])!;
		const centre = (ring: number[][]) => ring.reduce((s, p) => s + p[0], 0) / ring.length;
		expect(Math.abs(centre(o) - centre(h))).toBeLessThan(20);
	});
});

describe('planarFeature', () => {
	it('leaves no edge longer than 180 degrees of longitude and winds outer rings CCW', () => {
		const f = planarFeature({
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[179, 64],
						[179, 66],
						[-179, 66],
						[-179, 64],
						[179, 64]
					]
				]
			}
		})!;
		expect(longestLonEdge(f.geometry)).toBeLessThanOrEqual(180);
		const ring = (f.geometry as Polygon).coordinates[0];
		let area = 0;
		for (let i = 1; i < ring.length; i++)
			area += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
		expect(area).toBeGreaterThan(0);
	});
});
