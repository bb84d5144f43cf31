import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildGeodata, readConfig } from '../../geodata/build';
import { longestLonEdge } from '../../geodata/steps/planar';
import { OPEN_END } from '../../geodata/steps/polities';

const files = buildGeodata();
const topo = JSON.parse(files['polities.topo.json']) as Topology;
const polities = feature(topo, topo.objects.polities as GeometryCollection) as FeatureCollection<
	Polygon | MultiPolygon,
	{ iso: string; start: number; end: number; codes: string }
>;
const byIso = (iso: string) => polities.features.filter((f) => f.properties.iso === iso);

describe('geodata build', () => {
	it('is deterministic', () => {
		expect(buildGeodata()).toEqual(files);
	});

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

	it('has a shape for every Asian state the atlas covers', () => {
		for (const iso of readConfig().asia) expect(byIso(iso).length, iso).toBeGreaterThan(0);
	});

	it('gives every coded state a shape, and colours it from its data', () => {
		const table = JSON.parse(files['relations.json']) as { states: Record<string, unknown> };
		for (const iso of Object.keys(table.states)) {
			const drawnAs = byIso(iso).length ? iso : 'SUN';
			expect(byIso(drawnAs).length, iso).toBeGreaterThan(0);
		}
		// Kazakhstan is drawn from 1992 and coded: '-' before, a class digit after.
		const kaz = byIso('KAZ')[0].properties.codes;
		expect(kaz.slice(0, 47)).toBe('-'.repeat(47));
		expect(kaz.slice(47)).toMatch(/^[0-7]+$/);
	});
});
