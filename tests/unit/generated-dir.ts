/**
 * Where `$lib/generated/` points in the unit tests (vite.config.ts): the geodata build that
 * tests/unit/geodata-setup.ts runs once writes its files here. Inside this checkout, so two
 * checkouts never share it.
 */
export const TEST_GENERATED_DIR = new URL(
	'../../node_modules/.cache/orbit-unit-geodata/',
	import.meta.url
).pathname;
