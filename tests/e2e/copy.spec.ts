/**
 * What a reader copies from an article is what the author wrote: no note numbers glued to words,
 * no notes, ¶ links or theme disclosures in the middle of a quote, paragraphs kept. Checked with a
 * synthetic copy event in both engines, and with a real Ctrl+C read back from the clipboard.
 */
import { expect, type Page, test } from '@playwright/test';
import { articles, headerLines } from '../support/content.ts';
import { expectedBodyLines, firstDifference } from '../support/fidelity.ts';
import { clipboardText } from '../support/clipboard.ts';

/**
 * Selects the whole body, or from a passage's word to another's (each `[passage id, words]`, the end
 * words included), or a note's text; copies; returns what the clipboard got and whether the page took the copy.
 */
async function copySelection(page: Page, select: { wholeBody: true } | { from: [string, string]; to: [string, string] } | { inside: string }) {
	return page.evaluate((select) => {
		/** The text node of `root` that holds `word`, and the offset of the word in it. */
		const find = (root: Element, word: string): [Text, number] => {
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
				const at = node.data.indexOf(word);
				if (at !== -1) return [node, at];
			}
			throw new Error(`"${word}" is not in #${root.id}`);
		};
		const range = document.createRange();
		if ('wholeBody' in select) {
			const passages = document.querySelectorAll('.article-body [data-passage]');
			range.setStartBefore(passages[0]!);
			range.setEndAfter(passages[passages.length - 1]!);
		} else if ('inside' in select) {
			range.selectNodeContents(document.querySelector(select.inside)!.querySelector('p')!);
		} else {
			const [startNode, startAt] = find(document.getElementById(select.from[0])!, select.from[1]);
			const [endNode, endAt] = find(document.getElementById(select.to[0])!, select.to[1]);
			range.setStart(startNode, startAt);
			range.setEnd(endNode, endAt + select.to[1].length);
		}
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
		range.startContainer.dispatchEvent(event);
		// Firefox gives the event its own copy of the DataTransfer: read it from the event.
		const data = event.clipboardData!;
		return { text: data.getData('text/plain'), html: data.getData('text/html'), handled: event.defaultPrevented };
	}, select);
}

for (const article of articles) {
	test(`${article.slug}: copying the whole body gives the received text, paragraph for paragraph`, async ({ page }) => {
		await page.goto(article.url);
		const { text, html } = await copySelection(page, { wholeBody: true });
		const expected = expectedBodyLines(article.source, { headerLines: headerLines(article), chrome: article.data.source.chrome });
		expect(firstDifference(expected, text.split('\n\n'))).toBeNull();
		expect(text).not.toContain('¶');
		for (const apparatus of ['note-ref', 'passage-link', 'themes-disclosure', 'editor-note', 'class=', 'data-']) expect(html).not.toContain(apparatus);
	});
}

const alaska = '/articles/what-china-wants-and-fears/';

test('a selection that starts and ends mid-sentence around a note marker copies the words alone', async ({ page }) => {
	await page.goto(alaska);
	const { text, html, handled } = await copySelection(page, { from: ['beijing-watches-alaska', 'Alaska'], to: ['beijing-watches-alaska', 'discuss'] });
	expect(handled).toBe(true);
	expect(text).toBe('Alaska this Friday to discuss');
	expect(html).toBe('Alaska <time datetime="2025-08-15">this Friday</time> to discuss');
});

test('a selection across a passage and its margin note leaves the note out', async ({ page }) => {
	await page.goto(alaska);
	const { text } = await copySelection(page, { from: ['beijing-watches-alaska', 'European states'], to: ['beijing-watches-alaska', 'European states'] });
	expect(text).toBe('European states');
	const across = await copySelection(page, { from: ['beijing-watches-alaska', 'key European'], to: ['february-2022-xi', 'Since February 2022'] });
	expect(across.text).toBe('key European states.\n\nSince February 2022');
});

test('a selection inside a note copies as the browser would', async ({ page }) => {
	await page.goto(alaska);
	const { text, handled } = await copySelection(page, { inside: '#note-this-friday' });
	expect(handled).toBe(false);
	expect(text).toBe('');
});

test('a real Ctrl+C puts the authors’ words on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(alaska);
	await page.evaluate(() => {
		const passage = document.getElementById('beijing-watches-alaska')!;
		const range = document.createRange();
		range.selectNodeContents(passage);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
	});
	await page.keyboard.press('Control+C');
	const copied = await clipboardText(page);
	expect(copied).toMatch(/^When Donald Trump and Vladimir Putin meet in Alaska this Friday to discuss “ending” the war in Ukraine, Beijing/);
	expect(copied).not.toContain('¶');
});
