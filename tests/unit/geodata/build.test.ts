import { describe, expect, inject, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildGeodata, readConfig } from '../../../geodata/build';
import { longestLonEdge } from '../../../geodata/steps/planar';
import { OPEN_END } from '../../../geodata/steps/polities';

// The build every unit test shares (tests/unit/geodata-setup.ts).
const files = inject('geodata');
const topo = JSON.parse(files['polities.topo.json']) as Topology;
const polities = feature(topo, topo.objects.polities as GeometryCollection) as FeatureCollection<
	Polygon | MultiPolygon,
	{ iso: string; state: string; name: string; start: number; end: number; codes: string }
>;
const byIso = (iso: string) => polities.features.filter((f) => f.properties.iso === iso);

describe('geodata build', () => {
	// A second build (with every year's label placement) takes seconds on a busy machine.
	it('is deterministic', () => {
		expect(buildGeodata()).toEqual(files);
	}, 60_000);

	it('draws no edge across the whole map (antimeridian fixed)', () => {
		for (const f of polities.features)
			expect(longestLonEdge(f.geometry), f.properties.iso).toBeLessThanOrEqual(180);
	});

	it('draws the USSR 1945-1991 and its successors from 1992', () => {
		const [ussr] = byIso('SUN');
		expect(ussr.properties).toMatchObject({ start: 1945, end: 1992 });
		for (const iso of ['RUS', 'KAZ', 'UZB', 'UKR', 'GEO', 'EST']) {
			expect(byIso(iso)[0].properties, iso).toMatchObject({ start: 1992, end: OPEN_END });
		}
		expect(byIso('CHN')[0].properties).toMatchObject({ start: 1945, end: OPEN_END });
	});

	it('merges the USSR from its successors, so it covers each of them', () => {
		const bbox = (f: { geometry: Polygon | MultiPolygon }) => {
			const pts = (
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
			).flat(2);
			return [
				Math.min(...pts.map((p) => p[0])),
				Math.min(...pts.map((p) => p[1])),
				Math.max(...pts.map((p) => p[0])),
				Math.max(...pts.map((p) => p[1]))
			];
		};
		const [w, s, e, n] = bbox(byIso('SUN')[0]);
		for (const iso of ['KAZ', 'EST', 'ARM', 'TJK']) {
			const [w2, s2, e2, n2] = bbox(byIso(iso)[0]);
			expect(w2 >= w && s2 >= s && e2 <= e && n2 <= n, iso).toBe(true);
		}
	});

	it('draws exactly one shape for each polity in each year', () => {
		for (let year = 1945; year <= 2025; year++) {
			const isos = polities.features
				.filter((f) => f.properties.start <= year && year < f.properties.end)
				.map((f) => f.properties.iso);
			expect(new Set(isos).size, String(year)).toBe(isos.length);
		}
	});

	it('splits Vietnam 1955-1976 and rejoins it from 1977', () => {
		const spans = (iso: string) => byIso(iso).map((f) => [f.properties.start, f.properties.end]);
		expect(spans('VNM')).toEqual([
			[1945, 1955],
			[1977, OPEN_END]
		]);
		expect(spans('VDR')).toEqual([[1955, 1977]]);
		expect(spans('RVN')).toEqual([[1955, 1977]]);
		// North Vietnam is coloured from VNM's data; South Vietnam from its own.
		expect(byIso('VDR')[0].properties.state).toBe('VNM');
		expect(byIso('RVN')[0].properties.state).toBe('RVN');
		// The line runs along 17 degrees north.
		const lats = (iso: string) =>
			(byIso(iso)[0].geometry.type === 'Polygon'
				? [byIso(iso)[0].geometry.coordinates as number[][][]]
				: (byIso(iso)[0].geometry.coordinates as number[][][][])
			)
				.flat(2)
				.map((p) => p[1]);
		expect(Math.min(...lats('VDR'))).toBeGreaterThanOrEqual(16.99);
		expect(Math.max(...lats('RVN'))).toBeLessThanOrEqual(17.01);
	});

	it('draws Pakistan with East Pakistan until 1971 and Bangladesh from 1972', () => {
		const [pak1965] = byIso('PAK').filter(
			(f) => f.properties.start <= 1965 && 1965 < f.properties.end
		);
		const lons = (pak1965.geometry.coordinates as number[][][][]).flat(2).map((p) => p[0]);
		expect(Math.max(...lons)).toBeGreaterThan(90); // reaches Bengal
		expect(byIso('BGD').map((f) => f.properties.start)).toEqual([1972]);
	});

	it('splits Korea at the 38th parallel before 1953 and Yemen before 1990', () => {
		expect(
			byIso('PRK').map((f) => [f.properties.name, f.properties.start, f.properties.end])
		).toEqual([
			['Korea: Soviet zone', 1945, 1949],
			['North Korea', 1949, 1953],
			['North Korea', 1953, OPEN_END]
		]);
		expect(byIso('YAR')[0].properties).toMatchObject({ state: 'YEM', start: 1945, end: 1990 });
		expect(byIso('YMD')[0].properties).toMatchObject({ state: 'YMD', start: 1945, end: 1990 });
		expect(byIso('YEM').map((f) => f.properties.start)).toEqual([1990]);
	});

	it('has a shape for every Asian state the atlas covers', () => {
		for (const iso of readConfig().asia) expect(byIso(iso).length, iso).toBeGreaterThan(0);
	});

	it('gives every coded state a shape, and colours it from its data', () => {
		const table = JSON.parse(files['relations.json']) as { states: Record<string, unknown> };
		const coloured = new Set(polities.features.map((f) => f.properties.state));
		for (const state of Object.keys(table.states)) expect(coloured.has(state), state).toBe(true);
		// Kazakhstan is drawn from 1992 and coded: '-' before, a class digit after.
		const kaz = byIso('KAZ')[0].properties.codes;
		expect(kaz.slice(0, 47)).toBe('-'.repeat(47));
		expect(kaz.slice(47)).toMatch(/^[0-7a-h]+$/);
	});
});
