import { describe, expect, it } from 'vitest';
import {
	cacheKeyFor,
	precacheList,
	strategyFor,
	type OfflineManifest
} from '../../../src/lib/offline/strategy';

const origin = 'https://orbit.example';
const manifest: OfflineManifest = {
	assets: new Set([
		'/_app/immutable/chunks/a1b2.js',
		'/_app/immutable/assets/relations.X1.json',
		'/favicon.svg'
	]),
	pages: new Set(['/', '/embed', '/sources/mazyrin-2012', '/data/relations.csv'])
};
const get = (path: string, mode = 'cors') => ({ method: 'GET', url: origin + path, mode });

describe('strategyFor', () => {
	it('serves the hashed build and static files from the cache first', () => {
		expect(strategyFor(get('/_app/immutable/chunks/a1b2.js'), origin, manifest)).toBe(
			'cache-first'
		);
		expect(strategyFor(get('/favicon.svg', 'no-cors'), origin, manifest)).toBe('cache-first');
	});

	it('asks the network first for pages and downloads, so a new deployment shows on the next load', () => {
		expect(strategyFor(get('/?year=1979', 'navigate'), origin, manifest)).toBe('network-first');
		expect(strategyFor(get('/embed?year=1965#map=3/30/100', 'navigate'), origin, manifest)).toBe(
			'network-first'
		);
		expect(strategyFor(get('/data/relations.csv'), origin, manifest)).toBe('network-first');
		expect(strategyFor(get('/no-such-page', 'navigate'), origin, manifest)).toBe('network-first');
	});

	it('leaves other origins, other methods and unknown files to the browser', () => {
		expect(
			strategyFor({ method: 'GET', url: 'https://tiles.example/1/2/3.png' }, origin, manifest)
		).toBe('pass');
		expect(strategyFor({ method: 'POST', url: origin + '/' }, origin, manifest)).toBe('pass');
		expect(strategyFor(get('/_app/version.json'), origin, manifest)).toBe('pass');
		expect(strategyFor({ method: 'GET', url: 'not a url' }, origin, manifest)).toBe('pass');
	});
});

describe('cacheKeyFor', () => {
	it('drops the query and the hash, which the page reads itself', () => {
		expect(cacheKeyFor(origin + '/?year=1979&state=VNM#map=4/16/106', manifest)).toBe('/');
		expect(cacheKeyFor(origin + '/embed?year=1965', manifest)).toBe('/embed');
		expect(cacheKeyFor(origin + '/sources/mazyrin-2012#ch1-3', manifest)).toBe(
			'/sources/mazyrin-2012'
		);
	});

	it('reads a trailing slash as the page without it', () => {
		expect(cacheKeyFor(origin + '/embed/', manifest)).toBe('/embed');
	});

	it('answers an unknown page with the home page, whose router says it is not found', () => {
		expect(cacheKeyFor(origin + '/sources/nowhere', manifest)).toBe('/');
	});
});

describe('precacheList', () => {
	it('copies the build, the static files and every page, once each, without WOFF fallbacks', () => {
		const list = precacheList(
			['/_app/a.js', '/_app/f.woff2', '/_app/f.woff', '/_app/a.js'],
			['/favicon.svg', '/screenshot.png'],
			['/', '/embed']
		);
		expect(list).toEqual(['/_app/a.js', '/_app/f.woff2', '/favicon.svg', '/', '/embed']);
	});

	it('leaves out the coastline detail, which is cached when a zoomed-in map first asks for it', () => {
		const detail = '/_app/immutable/assets/detail.topo.DgqgClRR.json';
		const other = '/_app/immutable/assets/polities.topo.X1.json';
		expect(precacheList([detail, other], [], [])).toEqual([other]);
		// Still served cache-first: its first fetch is stored, so it works offline afterwards.
		const assets = { ...manifest, assets: new Set([detail]) };
		expect(strategyFor({ method: 'GET', url: origin + detail }, origin, assets)).toBe(
			'cache-first'
		);
	});

	it('leaves out the host configuration files, which hosts read and do not serve', () => {
		expect(precacheList([], ['/_headers', '/.htaccess', '/favicon.svg'], [])).toEqual([
			'/favicon.svg'
		]);
	});

	it('copies the manifest and the icons, but not the link previews meant for other sites', () => {
		const pages = [
			'/',
			'/manifest.webmanifest',
			'/icons/icon-192.png',
			'/icons/maskable-512.png',
			'/previews/atlas.png',
			'/previews/tour-china.png',
			'/tours/china'
		];
		expect(precacheList([], [], pages)).toEqual([
			'/',
			'/manifest.webmanifest',
			'/icons/icon-192.png',
			'/icons/maskable-512.png',
			'/tours/china'
		]);
	});
});
