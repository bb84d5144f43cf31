/**
 * The labels a map has drawn, read from the map itself: each label's box as MapLibre placed it
 * (its collision box, padding included) and whether it shows, plus the places' dots.
 *
 * MapLibre keeps the boxes of labels drawn with `text-ignore-placement` in its collision index
 * (`style.placement.collisionIndex.ignoredGrid`, in pixels offset by 100). That is internal API
 * of the pinned maplibre-gl 6.17; the public `queryRenderedFeatures` is then asked, one box at a
 * time, which feature the box belongs to (by narrowing the index's answer to that one box).
 */
import type { Page } from '@playwright/test';
import {
	EVENT_DOT,
	EVENT_RIM,
	PLACE_DOT,
	PLACE_RIM,
	sizeAt
} from '../../../src/lib/map/label-sizes';

export interface DrawnLabel {
	text: string;
	kind: string;
	box: [number, number, number, number];
}

export interface DrawnDot {
	place: string;
	x: number;
	y: number;
	r: number;
}

export async function drawnLabels(
	page: Page,
	mapSelector: string
): Promise<{
	labels: DrawnLabel[];
	dots: DrawnDot[];
	zoom: number;
	/** The map's size when MapLibre last placed the names (its collision grid's, less padding). */
	placedFor: { width: number; height: number };
	/** The map's size now, which the dots (projected now) are drawn for. */
	size: { width: number; height: number };
}> {
	const { labels, dots, zoom, placedFor, size } = await page.evaluate((selector) => {
		type Key = { bucketInstanceId: number; featureIndex: number };
		const el = document.querySelector(selector) as HTMLElement & {
			atlasMap: import('maplibre-gl').Map & {
				style: {
					placement: {
						collisionIndex: {
							gridRightBoundary: number;
							gridBottomBoundary: number;
							ignoredGrid: { boxKeys: Key[]; bboxes: number[] };
							queryRenderedSymbols: (q: unknown) => Record<number, number[]>;
						};
					};
				};
			};
		};
		const map = el.atlasMap;
		const index = map.style.placement.collisionIndex;
		const grid = index.ignoredGrid;
		const layers = ['polity-labels', 'sea-labels', 'place-labels'];
		const own = index.queryRenderedSymbols;
		const labels: { text: string; kind: string; box: number[] }[] = [];
		try {
			grid.boxKeys.forEach((key, i) => {
				index.queryRenderedSymbols = () => ({ [key.bucketInstanceId]: [key.featureIndex] });
				const [f] = map.queryRenderedFeatures([0, 0], { layers });
				if (!f || !f.state?.s) return;
				const b = grid.bboxes.slice(i * 4, i * 4 + 4).map((v) => v - 100);
				labels.push({ text: String(f.properties.text), kind: String(f.properties.kind), box: b });
			});
		} finally {
			index.queryRenderedSymbols = own;
		}
		const dots = map
			.queryRenderedFeatures({ layers: ['place-circles'] })
			.filter((f) => Number(f.state?.p) > 0)
			.map((f) => {
				const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
				return { place: String(f.properties.place), x: p.x, y: p.y, p: Number(f.state.p) };
			});
		// The grid spans the map and 100 px around it (MapLibre's viewportPadding).
		const placedFor = {
			width: index.gridRightBoundary - 200,
			height: index.gridBottomBoundary - 200
		};
		const canvas = map.getCanvas();
		const width = parseFloat(canvas.style.width);
		const height = parseFloat(canvas.style.height);
		return { labels, dots, zoom: map.getZoom(), placedFor, size: { width, height } };
	}, mapSelector);
	return {
		labels: labels as DrawnLabel[],
		dots: dots.map((d) => ({
			place: d.place,
			x: d.x,
			y: d.y,
			r: d.p === 2 ? sizeAt(EVENT_DOT, zoom) + EVENT_RIM : sizeAt(PLACE_DOT, zoom) + PLACE_RIM
		})),
		zoom,
		placedFor,
		size
	};
}

export { boxCoversDot, boxesOverlap } from '../../support/label-model';
