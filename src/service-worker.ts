/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Offline lectures: after one visit the atlas, the embed, the source notes and the data
 * downloads work with the network off.
 *
 * The worker is registered once the first view has drawn (src/lib/offline/register.ts), so
 * fetching the copies never competes with the map on a slow network. Each deployment installs
 * its own cache and takes over at once; pages are fetched network-first, so the next load after
 * a deployment shows it, and the old cache is deleted.
 */
import { build, files, prerendered, version } from '$service-worker';
import {
	cacheKeyFor,
	precacheList,
	strategyFor,
	type OfflineManifest
} from '$lib/offline/strategy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `orbit-${version}`;
const manifest: OfflineManifest = {
	assets: new Set([...build, ...files]),
	pages: new Set(prerendered)
};
/** A page request that has not answered in this long is served from the cache. */
const NETWORK_PATIENCE_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(precacheList(build, files, prerendered)))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys.filter((k) => k.startsWith('orbit-') && k !== CACHE).map((k) => caches.delete(k))
				)
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, sw.location.origin, manifest);
	if (strategy === 'pass') return;
	const key = cacheKeyFor(event.request.url, manifest);
	event.respondWith(
		strategy === 'cache-first' ? cacheFirst(event.request, key) : networkFirst(event.request, key)
	);
});

async function cacheFirst(request: Request, key: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(key);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') void cache.put(key, response.clone());
	return response;
}

async function networkFirst(request: Request, key: string): Promise<Response> {
	// Pages are not re-cached from here: the copies stay those of this worker's deployment, so
	// a page and the scripts it names always come from the same build.
	try {
		return await withPatience(fetch(request), NETWORK_PATIENCE_MS, () =>
			caches.match(key, { cacheName: CACHE })
		);
	} catch (error) {
		const hit = await caches.match(key, { cacheName: CACHE });
		if (hit) return hit;
		throw error;
	}
}

/**
 * The network's answer, unless it takes longer than `ms` and the cache has a copy: a lecture
 * hall's network that neither answers nor fails should not hold the page.
 */
function withPatience(
	network: Promise<Response>,
	ms: number,
	fallback: () => Promise<Response | undefined>
): Promise<Response> {
	return new Promise((resolve, reject) => {
		let settled = false;
		const timer = setTimeout(async () => {
			const hit = await fallback();
			if (hit && !settled) {
				settled = true;
				resolve(hit);
			}
		}, ms);
		network.then(
			(response) => {
				clearTimeout(timer);
				if (!settled) {
					settled = true;
					resolve(response);
				}
			},
			(error) => {
				clearTimeout(timer);
				if (!settled) {
					settled = true;
					reject(error);
				}
			}
		);
	});
}
