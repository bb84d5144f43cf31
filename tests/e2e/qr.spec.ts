/**
 * The QR code for the room: drawn in the page, read back from a real screenshot as a phone
 * would read it (jsQR), and compared with the page's own address, which holds the whole view.
 * Only the code is captured (an element screenshot), not the map behind it.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, type Locator, type Page } from '@playwright/test';
import { releaseSharedPage, sharedPage, test, visit, waitForMap } from './fixtures';

// Software WebGL at 1920 × 1080, where one screenshot can take ten seconds on a busy machine.
test.beforeEach(() => test.setTimeout(300_000));

// A projector: the code must be large enough to read from the back of a hall. One page for the
// file; each test takes it to its address as Back or Forward would.
let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	page = await sharedPage(browser, testInfo, { viewport: { width: 1920, height: 1080 } });
});
test.afterAll(() => releaseSharedPage(page));

function qrView(page: Page) {
	const dialog = page.getByRole('dialog', { name: 'Open this view on your phone' });
	return {
		dialog,
		code: dialog.getByRole('img', { name: 'QR code of the address below' }),
		// Closed as far as the page is concerned: a closed <dialog> leaves the accessibility tree
		// at once, but the view goes only when its close event has run.
		gone: () => expect(page.locator('dialog')).toHaveCount(0)
	};
}

/** What a phone reads from the code on screen. */
async function decode(code: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await code.screenshot());
	const rgba = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
	return jsQR(rgba, png.width, png.height)?.data;
}

/**
 * Waits until the code on screen reads as the page's address (the map writes its part of the
 * address after a move ends, so the two may differ for a moment); returns what it reads.
 */
async function expectCodeOfAddress(page: Page): Promise<string> {
	const { dialog, code } = qrView(page);
	let read: string | undefined;
	// A screenshot over a software-GL map at this size can take seconds: no clock on the wait.
	await expect
		.poll(
			async () => {
				read = await decode(code);
				return read === page.url() ? 'the page address' : `${read} (page at ${page.url()})`;
			},
			{ timeout: 0 }
		)
		.toBe('the page address');
	await expect(dialog.getByTestId('qr-address')).toHaveText(read!);
	return read!;
}

/** Large enough for the room: modules of at least 8 px, the code 800 px or more. */
async function expectLarge(code: Locator) {
	expect(Number(await code.getAttribute('data-module-px'))).toBeGreaterThanOrEqual(8);
	const box = (await code.boundingBox())!;
	expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(800);
}

test('Share shows a QR code of the view that a phone reads as the address, and it follows the view', async () => {
	await visit(page, '/?year=1979&place=cam-ranh-bay#map=4/15/108');
	await waitForMap(page, 1979);
	await page.getByText('Share', { exact: true }).click();
	const show = page.getByRole('button', { name: 'Show QR code' });
	await show.click();

	const { dialog, code, gone } = qrView(page);
	await expect(dialog).toBeVisible();
	await expectLarge(code);
	const first = await expectCodeOfAddress(page);
	expect(first).toMatch(/year=1979/);
	expect(first).toMatch(/place=cam-ranh-bay/);
	expect(first).toMatch(/#map=4\/15\/108$/);

	// Escape closes it, and focus goes back to where it was.
	await page.keyboard.press('Escape');
	await gone();
	await expect(show).toBeFocused();

	// Another year, by keyboard; the code opened again is of the new address.
	const slider = page.getByRole('slider', { name: 'Year' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await waitForMap(page, 1980);
	await expect(page).toHaveURL(/year=1980/);
	await show.click();
	expect(await expectCodeOfAddress(page)).toMatch(/year=1980/);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await gone();
	await expect(show).toBeFocused();
});

test('in presenter mode the QR button and Q show the code, which follows the clicker', async () => {
	await visit(page, '/?scene=china/2');
	await waitForMap(page);
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText('scene 2 of');
	await card.getByRole('button', { name: 'Presenter mode' }).click();
	const qrButton = card.getByRole('button', { name: 'QR code (Q)' });
	await qrButton.click();

	const { dialog, code, gone } = qrView(page);
	await expect(dialog).toBeVisible();
	await expectLarge(code);
	expect(await expectCodeOfAddress(page)).toMatch(/scene=china\/2/);

	// The clicker steps the tour under the open code, and the code follows.
	await page.keyboard.press('PageDown');
	await expect(card).toContainText('scene 3 of');
	await expect(page).toHaveURL(/scene=china\/3/);
	expect(await expectCodeOfAddress(page)).toMatch(/scene=china\/3/);

	// Escape closes the code, not presenter mode; focus goes back to the button.
	await page.keyboard.press('Escape');
	await gone();
	await expect(card.getByRole('button', { name: 'Leave presenter mode' })).toBeVisible();
	await expect(qrButton).toBeFocused();

	// Q opens it again.
	await page.keyboard.press('q');
	await expect(dialog).toBeVisible();
	expect(await expectCodeOfAddress(page)).toMatch(/scene=china\/3/);
	await page.keyboard.press('Escape');
	await gone();
});
