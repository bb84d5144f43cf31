// The host configuration tests' paths (Node and browser).
/** Paths of every kind the site serves. */
export const SAMPLE_PATHS = [
	'/',
	'/embed',
	'/method',
	'/data',
	'/quiz',
	'/sources/diplomat-2021',
	'/sources/mazyrin-2012',
	'/data/relations.csv',
	'/data/datapackage.json',
	'/_app/immutable/entry/start.X1.js',
	'/_app/immutable/assets/noto-sans-latin-400-normal.X1.woff2',
	'/_app/immutable/assets/maplibre-gl-worker.X1.mjs',
	'/_app/version.json',
	'/service-worker.js',
	'/favicon.svg',
	'/embed-example.html',
	'/vendor/reveal/reveal.mjs'
];
