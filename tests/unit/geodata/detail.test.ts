import { describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
	DETAIL_REGIONS,
	clipRing,
	clipToBox,
	outlineWithoutBox
} from '../../../geodata/steps/detail';
import { longestLonEdge } from '../../../geodata/steps/planar';

const files = inject('geodata');
const text = files['detail.topo.json'];
const detail = JSON.parse(text) as Topology;
const coarse = JSON.parse(files['polities.topo.json']) as Topology;
const objectOf = <G extends FeatureCollection>(topo: Topology, name: string) =>
	feature(topo, topo.objects[name] as GeometryCollection) as unknown as G;
type Shape = Feature<Polygon | MultiPolygon>;
const land = objectOf<
	FeatureCollection<Polygon | MultiPolygon, { polity?: number; region: string }>
>(detail, 'land').features;
const polities = objectOf<
	FeatureCollection<Polygon | MultiPolygon, { iso: string; start: number; end: number }>
>(coarse, 'polities').features;

function inRing([x, y]: Position, ring: Position[]): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

function contains(shape: Shape, point: Position): boolean {
	const polygons =
		shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
	return polygons.some(
		([outer, ...holes]) => inRing(point, outer) && !holes.some((h) => inRing(point, h))
	);
}

describe('clipping to a box', () => {
	const box: [number, number, number, number] = [0, 0, 10, 10];

	it('cuts a ring that crosses the box to the box, and drops one outside it', () => {
		const ring = [
			[-5, 2],
			[5, 2],
			[5, 8],
			[-5, 8],
			[-5, 2]
		];
		expect(clipRing(ring, box)).toEqual([
			[0, 2],
			[5, 2],
			[5, 8],
			[0, 8],
			[0, 2]
		]);
		expect(
			clipRing(
				ring.map(([x, y]) => [x - 20, y]),
				box
			)
		).toBeNull();
	});

	it('keeps an island inside the box whole, and its outline without the cut', () => {
		const island: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[1, 1],
					[2, 1],
					[2, 2],
					[1, 1]
				]
			]
		};
		expect(clipToBox(island, box)).toEqual(island);
		const cut = clipToBox(
			{
				type: 'Polygon',
				coordinates: [
					[
						[-5, 2],
						[5, 2],
						[5, 8],
						[-5, 8],
						[-5, 2]
					]
				]
			},
			box
		)!;
		const lines = outlineWithoutBox(cut, box);
		// Three sides of the square remain; the one along x = 0 is the box's cut, not a coast.
		expect(lines.flat().every(([x]) => x >= 0)).toBe(true);
		expect(lines.some((line) => line.every(([x]) => x === 0))).toBe(false);
		expect(lines.flat().length).toBeGreaterThanOrEqual(4);
	});
});

describe('the detail file', () => {
	it('stays within its size budget: 200 KB raw, 60 KB gzipped', () => {
		expect(text.length).toBeLessThan(200 * 1024);
		expect(gzipSync(text).length).toBeLessThan(60 * 1024);
	});

	it('draws no edge across the whole map (antimeridian fixed)', () => {
		for (const f of land) expect(longestLonEdge(f.geometry)).toBeLessThanOrEqual(180);
	});

	it('has one land piece per polity and box, each naming a polity of the coarse map', () => {
		const seen = new Set<string>();
		for (const f of land) {
			const { polity, region } = f.properties;
			if (polity === undefined) continue;
			expect(polities[polity], `polity ${polity}`).toBeDefined();
			const key = `${polity}/${region}`;
			expect(seen.has(key), key).toBe(false);
			seen.add(key);
		}
	});

	it('has every land piece inside its box', () => {
		const boxOf = new Map(DETAIL_REGIONS.map((r) => [r.id, r.box]));
		for (const f of land) {
			const [w, s, e, n] = boxOf.get(f.properties.region)!;
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const [lon, lat] of polygons.flat(2)) {
				expect(lon >= w - 0.05 && lon <= e + 0.05 && lat >= s - 0.05 && lat <= n + 0.05).toBe(true);
			}
		}
	});

	// Points on land in 10m, one or more in each box; in every year exactly one drawn piece holds each.
	const points: Record<string, Position> = {
		Iturup: [147.95, 45.2],
		Hokkaido: [142.8, 43.5],
		Sakhalin: [142.7, 49],
		Primorye: [133, 44],
		Seoul: [126.98, 37.57],
		Pyongyang: [125.75, 39.03],
		Hanoi: [105.85, 21.03],
		Saigon: [106.7, 10.8],
		'Nha Trang': [109.1, 12.3],
		Hainan: [109.8, 19.2]
	};

	it('gives each point on land exactly one polity in each year it is drawn', () => {
		for (const [name, point] of Object.entries(points)) {
			const under = land.filter((f) => contains(f, point));
			expect(under.length, name).toBeGreaterThan(0);
			for (let year = 1945; year <= 2025; year++) {
				const drawn = under.filter((f) => {
					const p = polities[f.properties.polity!];
					return p && p.properties.start <= year && year < p.properties.end;
				});
				expect(drawn.length, `${name} ${year}`).toBe(1);
			}
		}
	});

	it('draws Iturup as the USSR before 1992 and as Russia after, Saigon as South Vietnam in 1970', () => {
		const isoAt = (point: Position, year: number) =>
			land
				.filter((f) => contains(f, point))
				.map((f) => polities[f.properties.polity!].properties)
				.find((p) => p.start <= year && year < p.end)?.iso;
		expect(isoAt(points.Iturup, 1980)).toBe('SUN');
		expect(isoAt(points.Iturup, 2020)).toBe('RUS');
		expect(isoAt(points.Saigon, 1970)).toBe('RVN');
		expect(isoAt(points.Hanoi, 1970)).toBe('VDR');
		expect(isoAt(points.Saigon, 1980)).toBe('VNM');
	});

	it('outlines the southern Kurils in detail', () => {
		const disputed = objectOf<FeatureCollection>(detail, 'disputed').features;
		expect(disputed.map((f) => f.properties?.id)).toEqual(
			objectOf<FeatureCollection>(coarse, 'disputed').features.map((f) => f.properties?.id)
		);
		expect(disputed.some((f) => contains(f as Shape, points.Iturup))).toBe(true);
	});
});
