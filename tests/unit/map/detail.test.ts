import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import { DETAIL_LAYERS, DETAIL_SOURCE, detailData, detailLayers } from '$lib/map/detail';
import { LAYERS, atlasStyle } from '$lib/map/style';
import type { PolityRecord } from '$lib/map/polities';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const style = atlasStyle({ polities: empty, labels: empty, fontUrl: 'http://127.0.0.1/f.woff2' });

describe('detailLayers', () => {
	const layers = detailLayers(style.layers);
	const polityLayers = style.layers.filter((l) => 'source' in l && l.source === 'polities');

	it("re-points every polity layer at the detail with its own id and the style's paint", () => {
		expect(layers[0].id).toBe(DETAIL_LAYERS.sea);
		expect(layers.slice(1).map((l) => l.id)).toEqual(polityLayers.map((l) => `detail-${l.id}`));
		layers.slice(1).forEach((l, i) => {
			expect('source' in l && l.source).toBe(DETAIL_SOURCE);
			expect('paint' in l && l.paint).toEqual(polityLayers[i].paint);
			expect(l.minzoom).toBe(4.5);
		});
		expect(layers.map((l) => l.id)).toContain(DETAIL_LAYERS.fill);
		expect(DETAIL_LAYERS.fill).toBe(`detail-${LAYERS.fill}`);
	});

	it('draws land pieces with the fills and their outlines (not the box cuts) with the lines', () => {
		for (const l of layers.slice(1)) {
			const filter = JSON.stringify('filter' in l && l.filter);
			expect(filter).toBe(
				l.type === 'line' ? JSON.stringify(['has', 'line']) : JSON.stringify(['!', ['has', 'line']])
			);
		}
	});
});

describe('detailData', () => {
	const square = (x: number) => ({
		type: 'Polygon' as const,
		coordinates: [
			[
				[x, 0],
				[x + 1, 0],
				[x + 1, 1],
				[x, 0]
			]
		]
	});
	const topo = topology({
		land: <FeatureCollection>{
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', id: 0, properties: { polity: 3, region: 'r' }, geometry: square(0) },
				{ type: 'Feature', id: 1, properties: { polity: 3, region: 's' }, geometry: square(2) },
				{ type: 'Feature', id: 2, properties: { region: 'r' }, geometry: square(4) }
			]
		},
		lines: <FeatureCollection>{
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 0,
					properties: {},
					geometry: {
						type: 'LineString',
						coordinates: [
							[0, 0],
							[1, 0]
						]
					}
				}
			]
		},
		sea: empty,
		disputed: empty
	}) as unknown as Topology;
	const polity = { iso: 'RUS', state: 'RUS', name: 'Russia', start: 1992, end: 2026, codes: 'x' };
	const records = [0, 1, 2, 3].map((id) => ({ ...polity, id })) as PolityRecord[];
	const data = detailData(topo, records);

	it('indexes the pieces by the polity they mirror, and those no polity holds apart', () => {
		expect(data.byPolity.get(3)).toEqual([0, 1]);
		expect(data.unowned).toEqual([2]);
	});

	it("gives each piece its polity's properties and marks outlines as lines", () => {
		const [first, , , line] = data.shapes.features;
		expect(first.properties).toMatchObject({ iso: 'RUS', codes: 'x', polity: 3 });
		expect(line.properties).toMatchObject({ line: true });
		expect(line.id).toBe(0);
	});
});
