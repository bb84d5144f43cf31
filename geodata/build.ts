/**
 * The geodata build: `npm run geodata` (also run by `npm run build`).
 * Inputs: world-atlas countries-50m, geodata/polities.json, geodata/relations/*.json,
 * geodata/records/*.json, geodata/atop/ (the ATOP extract and the reasons for its differences).
 * Outputs (generated, not committed): src/lib/generated/*.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadRelations } from './relations.ts';
import { codeStates, loadRecords } from './records.ts';
import type { CodedState } from './steps/output.ts';
import { planarFeature } from './steps/planar.ts';
import {
	buildPolities,
	disputedAreas,
	type PolityConfig,
	type PolityFeature
} from './steps/polities.ts';
import { polityTopology } from './steps/output.ts';
import { SEAS, placeLabels, type FontMetrics } from './steps/labels.ts';
import { placeState } from '../src/lib/places/records.ts';
import { relationsIndex, relationsTable } from './steps/relations-table.ts';
import { loadNotes, loadPlaces } from './places.ts';
import { detailTopology, detailWorld } from './steps/detail.ts';
import { loadTours } from './tours.ts';
import { drawnSpans } from '../src/lib/tours/drawn-spans.ts';
import { noteRecords, placeIndex, placeRecords, placeTexts } from './steps/places-output.ts';
import { atopComparison } from './steps/atop.ts';

const require = createRequire(import.meta.url);

export const OUT_DIR = new URL('../src/lib/generated/', import.meta.url).pathname;

export function readConfig(): PolityConfig {
	return JSON.parse(
		readFileSync(new URL('./polities.json', import.meta.url), 'utf8')
	) as PolityConfig;
}

/** The advance widths of the font the map draws its labels in (the woff of the same subset). */
export function loadFont(): FontMetrics {
	const opentype = require('opentype.js') as {
		parse(buffer: ArrayBufferLike): {
			unitsPerEm: number;
			charToGlyph(char: string): { index: number; advanceWidth?: number };
		};
	};
	const file = require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff');
	const buffer = readFileSync(file);
	const font = opentype.parse(
		buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.length)
	);
	const scale = 24 / font.unitsPerEm;
	return {
		advance(char) {
			const glyph = font.charToGlyph(char);
			return glyph.index === 0 ? undefined : (glyph.advanceWidth ?? 0) * scale;
		}
	};
}

/** Runs every step in memory; returns the files to write, by name. */
export function buildGeodata(): Record<string, string> {
	const config = readConfig();
	const relations = loadRelations();
	const records = loadRecords();
	const codings = codeStates(relations, records);
	const atop = atopComparison(relations, codings, records);
	const byState = new Map<string, CodedState>(
		relations.map((file) => [file.state, { file, coding: codings.get(file.state)! }])
	);

	const world = require('world-atlas/countries-50m.json') as Topology;
	const { numericToAlpha3 } = require('i18n-iso-countries') as {
		numericToAlpha3: (n: string) => string | undefined;
	};
	const polities = buildPolities(world, config, numericToAlpha3)
		.map((f) => planarFeature(f))
		.filter((f): f is PolityFeature => f !== null);

	const drawn = new Set(polities.map((p) => p.properties.state));
	const undrawn = relations.filter((r) => !drawn.has(r.state));
	if (undrawn.length) {
		throw new Error(
			`geodata/relations: no shape for ${undrawn.map((r) => `${r.state}.json`).join(', ')}`
		);
	}

	const coded = new Set(relations.map((r) => r.state));
	const uncoded = [
		...new Set(
			polities
				.filter((p) => config.asia.includes(p.properties.iso) && !coded.has(p.properties.state))
				.map((p) => p.properties.state)
		)
	];
	if (uncoded.length) {
		throw new Error(
			`geodata/polities.json asia: no relations file for ${uncoded.map((s) => `geodata/relations/${s}.json`).join(', ')}`
		);
	}

	const topo = polityTopology(polities, byState, {
		disputed: disputedAreas(world, numericToAlpha3, config),
		minWeight: 0.003,
		contextMinWeight: 0.08,
		quantization: 1e4
	});
	const detailSource = detailWorld(
		require('world-atlas/countries-10m.json') as Topology,
		numericToAlpha3,
		config
	);
	const detail = detailTopology(
		buildPolities(detailSource.topology, detailSource.config, numericToAlpha3),
		polities,
		detailSource.unowned,
		disputedAreas(detailSource.topology, numericToAlpha3, config),
		{ minWeight: 2e-7, quantization: 1e5 }
	);
	const places = loadPlaces();
	const notes = loadNotes();
	const drawnAlone = drawnSpans(
		polities.map((p) => p.properties).filter((p) => coded.has(p.state))
	);
	const tours = loadTours({
		places: new Set(places.map((p) => p.id)),
		states: coded,
		drawn: drawnAlone
	});
	const placeRecordList = placeRecords(places);
	const asia = new Set(config.asia);
	const labels = placeLabels(
		polities
			.filter((p) => asia.has(p.properties.iso))
			.map((p) => ({ ...p.properties, geometry: p.geometry })),
		places.map((p) => ({ ...p, stateIn: (year: number) => placeState(p, year) })),
		SEAS,
		loadFont(),
		new Set(places.flatMap((p) => p.events.flatMap((e) => e.states)))
	);
	const table = relationsTable(
		[...byState.values()],
		records,
		Object.fromEntries(config.historical.filter((h) => h.data).map((h) => [h.id, h.data!])),
		(
			topo.objects.polities as GeometryCollection<{ codes: string; formal?: string }>
		).geometries.map((g) => g.properties as { codes: string; formal?: string })
	);
	// The first view bundles only the *-index files; the rest is fetched when first needed
	// (the full files also feed the open-data downloads).
	return {
		'polities.topo.json': JSON.stringify(topo),
		'places.json': JSON.stringify(placeRecordList),
		'places-index.json': JSON.stringify(placeIndex(placeRecordList)),
		'place-texts.json': JSON.stringify(placeTexts(placeRecordList)),
		'tours.json': JSON.stringify(tours),
		// Which states an ask scene can hide in which years (a reader's tour is checked with it).
		'drawn-spans.json': JSON.stringify(drawnAlone),
		'tours-index.json': JSON.stringify(
			tours.map((t) => ({ id: t.id, title: t.title, scenes: t.scenes.length }))
		),
		'source-notes.json': JSON.stringify(noteRecords(notes, places)),
		// The popups' deep links need only the fragments, not the whole notes.
		'source-fragments.json': JSON.stringify(
			Object.fromEntries(
				Object.entries(notes).map(([id, n]) => [
					id,
					Object.fromEntries(Object.entries(n.notes).map(([p, note]) => [p, note.fragment]))
				])
			)
		),
		'labels.json': JSON.stringify(labels),
		'relations.json': JSON.stringify(table),
		'relations-index.json': JSON.stringify(relationsIndex(table)),
		// The formal reading against ATOP 5.1 (/method#atop, /data/atop-comparison.csv).
		'atop-comparison.json': JSON.stringify(atop),
		// Fetched only when the map is zoomed in (src/lib/map/detail.ts); never precached.
		'detail.topo.json': JSON.stringify(detail)
	};
}

if (process.argv[1]?.endsWith('build.ts')) {
	const started = performance.now();
	const files = buildGeodata();
	mkdirSync(OUT_DIR, { recursive: true });
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(OUT_DIR + name, text);
		const kb = (n: number) => (n / 1024).toFixed(1);
		console.log(`geodata: ${name} ${kb(text.length)} KB (${kb(gzipSync(text).length)} KB gzipped)`);
	}
	console.log(`geodata: built in ${Math.round(performance.now() - started)} ms`);
}
