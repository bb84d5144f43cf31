// A reveal.js deck whose slides drive embedded Orbit maps through the orbit-reveal.js plugin.
import Reveal from './vendor/reveal/reveal.mjs';
import OrbitReveal from './orbit-reveal.js';

const params = new URLSearchParams(location.search);
const atlas = new URL(params.get('atlas') || location.origin);
if (atlas.protocol !== 'http:' && atlas.protocol !== 'https:') {
	throw new Error(`?atlas= must be an http(s) address, not ${atlas.protocol}`);
}

// Point every map (and the link on the last slide) at the atlas. reveal.js loads a frame's
// data-src when its slide comes near and unloads it when the slide is far.
for (const frame of document.querySelectorAll('iframe[data-orbit]')) {
	frame.dataset.src = new URL(frame.dataset.src, atlas.origin).href;
}
document.getElementById('atlas-link').href = new URL('/', atlas.origin).href;

// The plugin's hook for authors: a slide hears `orbit:shown` once its map shows what the slide
// asked for. Here it only marks the slide with the scene shown, or else the year; a deck could
// reveal a caption or start a fragment.
document.querySelector('.reveal').addEventListener('orbit:shown', (event) => {
	const { scene, year } = event.detail.state;
	event.target.dataset.orbitShown = scene ?? String(year);
});
document.querySelector('.reveal').addEventListener('orbit:timeout', (event) => {
	console.warn('The Orbit map did not answer in time:', event.detail.frame.src);
});

Reveal.initialize({
	hash: true,
	// Each map is a WebGL context: keep only this slide's, the previous and the next (reveal.js
	// counts the current slide as distance 0, so 2 means one either side), the next one loaded in
	// the background (preloadIframes) so that it is ready before its slide is shown.
	viewDistance: 2,
	preloadIframes: true,
	plugins: [OrbitReveal()]
});
