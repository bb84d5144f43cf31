/** Hands a made file to the browser as a download. */
export function downloadBlob(blob: Blob, filename: string) {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = filename;
	a.click();
	// The click starts the download at once; the address is only needed until then.
	setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}
