// A page that embeds the Orbit atlas and drives it with the orbit:set / orbit:state protocol.
const params = new URLSearchParams(location.search);
const atlas = new URL(params.get('atlas') || location.origin);
const frame = document.getElementById('atlas');
frame.src = new URL('/embed?year=1985#map=2.6/35/95', atlas).href;

for (const button of document.querySelectorAll('button[data-set]')) {
	button.addEventListener('click', () => {
		const message = { type: 'orbit:set', ...JSON.parse(button.dataset.set) };
		// Only the atlas's origin may read what we send.
		frame.contentWindow.postMessage(message, atlas.origin);
	});
}

const log = document.getElementById('log');
window.addEventListener('message', (event) => {
	// Trust only the embedded atlas, and only its state messages.
	if (event.origin !== atlas.origin || event.data?.type !== 'orbit:state') return;
	const item = document.createElement('li');
	item.textContent = JSON.stringify(event.data);
	log.prepend(item);
	document.body.dataset.lastYear = String(event.data.year);
});
