/**
 * Tours made by readers: built in the editor, kept across a reload, shared as a link and as a
 * file, played in a fresh browser and in an embed with the keys a clicker sends; a bad link or
 * file is said and the map still works. The lecturer's page is loaded once and shared with the
 * tests that only change the address, taken to each as Back or Forward would.
 */
import { readFile } from 'node:fs/promises';
import {
	releaseSharedPage,
	dismissNotices,
	expect,
	sharedPage,
	test,
	visit,
	waitForMap,
	MAIN_MAP
} from './fixtures';
import { auditViolations } from './support/audits';
import { packTourPayload, sampleTour } from './support/tour-payload';

type Page = import('@playwright/test').Page;

const CANVAS = '.maplibregl-canvas-container';

let shared: Page;
test.beforeAll(async ({ browser }, testInfo) => {
	shared = await sharedPage(browser, testInfo);
});
test.afterAll(() => releaseSharedPage(shared));

async function openEditor(page: Page) {
	await page.locator('summary', { hasText: 'Tours' }).click();
	await page.getByRole('button', { name: 'Make your own tour…' }).click();
	const editor = page.getByTestId('tour-editor');
	await expect(editor).toBeVisible();
	return editor;
}

test('a lecturer builds a three-scene tour, and a student opens its link and steps it', async ({
	browser
}) => {
	const page = shared;
	test.setTimeout(120_000); // many steps and a second browser; the steps wait on the page
	// A real load: the draft must survive a reload of it. The later tests take the page on.
	await page.goto('/?year=1979&place=cam-ranh-bay#map=4/12/108');
	await waitForMap(page, 1979);
	const editor = await openEditor(page);
	await editor.getByTestId('tour-title-input').fill('Moscow’s harbours in Asia');

	// Scene 1: the map as it is (1979, Cam Ranh Bay open).
	await editor.getByRole('button', { name: 'Add the map as scene 1' }).click();
	await expect(editor.getByText('opens Cam Ranh Bay')).toBeVisible();
	await expect(editor.getByTestId('tour-check')).toContainText("scene 1's note is empty");
	await editor.getByLabel('Note').fill('Soviet ships begin to use the bay.');
	await editor
		.getByLabel('Or a dated external record')
		.fill('Soviet-Vietnamese Treaty of Friendship, 3 November 1978');
	await editor.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(editor.getByRole('button', { name: /^Remove citation/ })).toHaveCount(1);

	// Scene 2: the year and the outlined state set in the form.
	await editor.getByRole('button', { name: 'Add the map as scene 2' }).click();
	await editor.getByLabel('Outline a state').selectOption('CHN');
	await expect(editor.getByText('outlines China')).toBeVisible();
	await editor.getByLabel('Year').fill('1989');
	await editor.getByTestId('scene-title-input').fill('Gorbachev in Beijing');
	await editor.getByLabel('Note').fill('The long quarrel ends with a summit.');

	// Scene 3, then reordered before scene 2 and back, by keyboard.
	await editor.getByRole('button', { name: 'Add the map as scene 3' }).click();
	await editor.getByLabel('Year').fill('2002');
	await editor.getByTestId('scene-title-input').fill('The lease ends');
	await editor.getByLabel('Note').fill('The last Russian ships leave.');
	const scenes = editor.getByRole('list', { name: 'Scenes' }).getByRole('listitem');
	await editor.getByRole('button', { name: 'Move scene 3 up' }).click();
	await expect(scenes.nth(1)).toContainText('The lease ends');
	// Focus stays on the moved scene's button: Enter moves it on up.
	await page.keyboard.press('Enter');
	await expect(scenes.nth(0)).toContainText('The lease ends');
	await editor.getByRole('button', { name: 'Move scene 1 down' }).focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(scenes).toHaveText([/Cam Ranh Bay/, /Gorbachev in Beijing/, /The lease ends/]);
	await expect(editor.getByTestId('tour-check')).toContainText('Ready: 3 scenes');

	// The draft survives a reload.
	await page.reload();
	await waitForMap(page);
	const again = await openEditor(page);
	await expect(again.getByTestId('tour-title-input')).toHaveValue('Moscow’s harbours in Asia');
	await expect(again.getByRole('list', { name: 'Scenes' }).getByRole('listitem')).toHaveCount(3);
	// The editor, three scenes in, passes the audits Lighthouse scores (a11y.spec.ts has the rest).
	expect(await auditViolations(page, { exclude: [CANVAS] })).toEqual([]);

	// Share it as a link...
	await again.getByRole('button', { name: 'Copy link' }).click();
	const link = await again.getByTestId('tour-link').inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?tour=[A-Za-z0-9_-]+$/);

	// ...which a student opens in a browser of their own, and steps with a clicker.
	const student = await browser.newContext({ serviceWorkers: 'block' });
	const p2 = await student.newPage();
	await p2.goto(link);
	await waitForMap(p2, 1979);
	const card = p2.getByTestId('scene-card');
	await expect(card).toContainText('Moscow’s harbours in Asia · scene 1 of 3');
	await expect(card).toContainText('Soviet ships begin to use the bay.');
	await expect(card).toContainText('Soviet-Vietnamese Treaty of Friendship, 3 November 1978');
	// So does the shared tour playing, its scene card up.
	expect(await auditViolations(p2, { exclude: [CANVAS] })).toEqual([]);
	await p2.keyboard.press('PageDown');
	await expect(card).toContainText('scene 2 of 3');
	await expect(p2.locator('output.year')).toHaveText('1989');
	await expect(p2.locator(MAIN_MAP)).toHaveAttribute('data-outlined', 'CHN');
	await expect(p2).toHaveURL(/scene=custom\/2&tour=|tour=.*scene=custom\/2/);
	await p2.keyboard.press('PageDown');
	await expect(card).toContainText('The lease ends');
	await expect(p2.locator('output.year')).toHaveText('2002');
	// Presenter mode, as for the built-in tours.
	await card.getByRole('button', { name: 'Presenter mode' }).click();
	await expect(p2.getByRole('banner')).toBeHidden();
	await p2.keyboard.press('PageUp');
	await expect(card).toContainText('scene 2 of 3');
	// A reload keeps the tour and the scene (once the address says so).
	await expect(p2).toHaveURL(/scene=custom\/2/);
	await p2.reload();
	await expect(p2.getByTestId('scene-card')).toContainText('scene 2 of 3');
	await student.close();
});

test('a malformed tour link says what is wrong, and the map works without it', async () => {
	const page = shared;
	const bad = packTourPayload({
		...sampleTour,
		scenes: [sampleTour.scenes[0], sampleTour.scenes[1], { title: 'x', note: 'y' }]
	});
	await visit(page, `/?year=1970&tour=${bad}`);
	await waitForMap(page, 1970);
	await expect(page.getByTestId('notice')).toContainText(
		'This tour link could not be opened: scene 3 has no year.'
	);
	await expect(page.getByTestId('scene-card')).toHaveCount(0);
	await expect(page).not.toHaveURL(/tour=/);
});

test('a tour is exported as a file and imported again; a bad file is said', async () => {
	const page = shared;
	await dismissNotices(page);
	await visit(page, '/?year=1962&state=VNM#map=3/40/100');
	await waitForMap(page, 1962);
	const editor = await openEditor(page);
	await editor.getByRole('button', { name: 'New tour' }).click();
	await editor.getByTestId('tour-title-input').fill('One scene');
	await editor.getByRole('button', { name: 'Add the map as scene 1' }).click();
	await editor.getByLabel('Note').fill('A single scene, to travel as a file.');
	// On a tablet's narrow side panel the editor wraps; nothing is cut off or scrolls sideways.
	await page.setViewportSize({ width: 800, height: 1000 });
	await expect(editor.getByRole('button', { name: 'Delete scene 1' })).toBeInViewport();
	expect(
		await page.locator('.side').evaluate((side) => side.scrollWidth - side.clientWidth)
	).toBeLessThanOrEqual(0);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		editor.getByRole('button', { name: 'Download file' }).click()
	]);
	expect(download.suggestedFilename()).toBe('orbit-tour-one-scene.json');
	const path = await download.path();
	const doc = JSON.parse(await readFile(path, 'utf8'));
	expect(doc).toMatchObject({ type: 'orbit-tour', version: 1, title: 'One scene' });
	expect(doc.scenes).toEqual([
		expect.objectContaining({ year: 1962, note: 'A single scene, to travel as a file.' })
	]);

	await editor.getByLabel('Open a tour file').setInputFiles(path);
	await expect(editor.getByRole('status')).toContainText('Opened “One scene”');
	await expect(
		editor.getByRole('combobox', { name: 'Draft' }).locator('option', { hasText: 'One scene' })
	).toHaveCount(2);

	await editor.getByLabel('Open a tour file').setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			'{"type": "orbit-tour", "version": 1, "title": "x", "scenes": [{"title": "a", "note": "b"}]}'
		)
	});
	await expect(page.getByTestId('notice')).toContainText(
		'The tour file “notes.json” could not be opened: scene 1 has no year.'
	);
	await editor.getByLabel('Open a tour file').setInputFiles({
		name: 'slides.pptx',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from('PK\u0003\u0004 not json')
	});
	await expect(page.getByTestId('notice').last()).toContainText(
		'could not be opened: it is not JSON.'
	);
});

test('a shared tour plays in an embed, stepped by the clicker keys', async () => {
	const page = shared;
	await page.goto(`/embed?tour=${packTourPayload(sampleTour)}`);
	await waitForMap(page, 1960);
	const card = page.getByTestId('scene-card');
	await expect(card).toContainText('Three ports (by A. Lecturer) · scene 1 of 3');
	await page.keyboard.press('PageDown');
	await expect(card).toContainText('Cam Ranh Bay');
	await waitForMap(page, 1985);
	await expect(page.locator(MAIN_MAP)).toHaveAttribute('data-outlined', 'VNM');
	await page.keyboard.press('PageDown');
	// A scene without a view keeps the reader's view.
	await waitForMap(page, 2005);
	await expect(card).toContainText('scene 3 of 3');
});
