/**
 * Editor's notes, read from the built site against the committed note files: each marks its
 * phrase in its passage and follows it, is announced as a note, goes there and back by keyboard,
 * sits beside its passage where there is room and under it where there is not, prints as a list,
 * and is listed (and found by search) on the notes page.
 */
import { expect, test } from '@playwright/test';
import { articles, notes } from '../support/content.ts';
import { NO_MEDIA_EMULATION_IN_FIREFOX } from '../support/skips.ts';

const urlOf = (slug: string) => articles.find((a) => a.slug === slug)!.url;
const marker = (id: string) => `[id="note-ref-${id}"]`;
const block = (id: string) => `[id="note-${id}"]`;

test('“this Friday” in What China Wants (and Fears) carries a note resolving it to Friday 15 August 2025', async ({ page }) => {
	await page.goto('/articles/what-china-wants-and-fears/');
	const passage = page.locator('[id="beijing-watches-alaska"]');
	await expect(passage.locator('time[datetime="2025-08-15"]')).toHaveText('this Friday');
	const ref = passage.locator('time[datetime="2025-08-15"] + sup.note-ref a');
	await expect(ref).toHaveAttribute('href', '#note-this-friday');
	await expect(page.locator('[id="note-this-friday"] time[datetime="2025-08-15"]')).toHaveText('Friday 15 August 2025');
});

for (const note of notes) {
	test(`note ${note.id}: marks “${note.phrase}” in #${note.passage}, is announced as an editor’s note and follows its passage`, async ({ page }) => {
		await page.goto(urlOf(note.article));
		const passage = page.locator(`[id="${note.passage}"]`);
		const ref = passage.locator(`${marker(note.id)}`);
		await expect(ref).toHaveAttribute('role', 'doc-noteref');
		await expect(ref).toHaveAccessibleName(/^Editor’s note \d+$/);
		// The marker stands right after the phrase's words.
		const before = await ref.evaluate((a) => {
			const range = document.createRange();
			range.setStart(a.closest('[data-passage]')!, 0);
			range.setEndBefore(a.parentElement!);
			return range.toString();
		});
		expect(before.replace(/\s+/g, ' ').endsWith(note.phrase)).toBe(true);
		if (note.date) await expect(passage.locator(`time[datetime="${note.date}"]`)).toHaveText(note.phrase);
		const aside = page.locator(block(note.id));
		await expect(aside).toHaveAttribute('role', 'doc-footnote');
		await expect(aside).toHaveAccessibleName(await ref.getAttribute('aria-label').then((l) => l!));
		await expect(aside.locator('.note-label')).toHaveText('Editor’s note');
		// In the block that follows the passage, not in the author's words.
		expect(await aside.evaluate((el, id) => el.closest('.passage-margin')?.previousElementSibling?.id === id, note.passage)).toBe(true);
	});
}

test('a note is reached from its marker and left by its number, by keyboard', async ({ page, browserName }) => {
	await page.goto('/articles/what-china-wants-and-fears/');
	const ref = page.locator(marker('this-friday'));
	await ref.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#note-this-friday$/);
	const aside = page.locator(block('this-friday'));
	await expect(aside).toBeInViewport();
	expect(await aside.evaluate((el) => el.matches(':target'))).toBe(true);
	// Following the marker moves the keyboard's place to the note: the next Tab stays in it. Chromium
	// goes to the note's number, the way back; Firefox to the link after it, one Shift+Tab away.
	await page.keyboard.press('Tab');
	expect(await aside.evaluate((el) => el.contains(document.activeElement))).toBe(true);
	const back = aside.locator('a.note-number');
	if (browserName === 'firefox') await page.keyboard.press('Shift+Tab');
	await expect(back).toBeFocused();
	await expect(back).toHaveAccessibleName('Editor’s note 1: back to the text');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#note-ref-this-friday$/);
	await expect(ref).toBeInViewport();
});

test('notes sit in the margin beside their passage at 1440 px, and under it on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/articles/what-china-wants-and-fears/');
	const passage = page.locator('[id="beijing-watches-alaska"]');
	const aside = page.locator(block('this-friday'));
	let [p, n] = [(await passage.boundingBox())!, (await aside.boundingBox())!];
	expect(n.x).toBeGreaterThanOrEqual(p.x + p.width);
	expect(Math.abs(n.y - p.y)).toBeLessThan(40);
	await page.setViewportSize({ width: 360, height: 740 });
	[p, n] = [(await passage.boundingBox())!, (await aside.boundingBox())!];
	expect(n.y).toBeGreaterThanOrEqual(p.y + p.height);
	expect(n.x + n.width).toBeLessThanOrEqual(360);
});

test('print gives each note under its paragraph, numbered as its marker', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_MEDIA_EMULATION_IN_FIREFOX);
	// A4's width, as a printer lays the page out (the screen's width would put the notes beside).
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.goto('/articles/china-stake-neutrality-leverage/');
	await page.emulateMedia({ media: 'print' });
	const expected = notes.filter((n) => n.article === 'china-stake-neutrality-leverage');
	const printed = page.locator('.editor-note');
	await expect(printed).toHaveCount(expected.length);
	await expect(page.locator('.print-notes')).toHaveCount(0);
	// Numbered in reading order, each as its marker in the text.
	await expect(printed.locator('.note-number')).toHaveText(expected.map((_, i) => String(i + 1)));
	for (const note of expected) {
		const aside = page.locator(block(note.id));
		await expect(aside).toBeVisible();
		await expect(page.locator(`#note-ref-${note.id}`)).toBeVisible();
		await expect(page.locator(`#note-ref-${note.id}`)).toHaveText((await aside.locator('.note-number').textContent())!);
		// Under its own paragraph, before the next one.
		const passage = page.locator(`[id="${note.passage}"]`);
		const [p, n] = [(await passage.boundingBox())!, (await aside.boundingBox())!];
		expect(n.y).toBeGreaterThanOrEqual(p.y + p.height);
		const next = await passage.evaluate((el) => el.nextElementSibling?.nextElementSibling?.getBoundingClientRect().top ?? Infinity);
		expect(n.y + n.height).toBeLessThanOrEqual(next);
	}
});

test('the notes page lists every note under its analysis, each linking to it in place', async ({ page }) => {
	await page.goto('/notes/');
	for (const note of notes) {
		const link = page.locator(`.notes-list a[href="${urlOf(note.article)}#note-${note.id}"]`);
		await expect(link, note.id).toHaveText(`“${note.phrase}”`);
	}
	await page.locator(`a[href="${urlOf('what-china-wants-and-fears')}#note-this-friday"]`).click();
	await expect(page.locator(block('this-friday'))).toBeInViewport();
});

test('search finds a note’s words on the notes page, as an editorial page', async ({ page }) => {
	await page.goto('/search/?q=sworn');
	const hit = page.locator('.search-page .search-hit').first();
	await expect(hit).toBeVisible();
	await expect(hit.locator('a').first()).toHaveAttribute('href', /^\/notes\//);
});
