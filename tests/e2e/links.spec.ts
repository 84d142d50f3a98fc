import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { SITE_ORIGIN as SITE } from '../support/origins.ts';
import { APPARATUS } from '../../src/search/shared/apparatus.ts';
import { NO_SCRIPT_OFF_IN_FIREFOX } from '../support/skips.ts';
import { clipboardHtml, clipboardText } from '../support/clipboard.ts';
const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
const butyrska = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;
const unsigned = articles.find((a) => a.data.byline === null)!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });


/** Focuses a passage's ¶ link and presses Enter, which opens its tools, then tabs `steps` times: they follow it. */
async function tabFromPermalink(page: Page, id: string, steps: number) {
	const permalink = page.locator(`[id="${id}"] > .passage-link`);
	await permalink.focus();
	await page.keyboard.press('Enter');
	await expect(permalink).toHaveAttribute('aria-expanded', 'true');
	for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
	return page.locator(':focus');
}

test('Copy link, by keyboard, copies the passage address on the configured origin and says so', async ({ page }) => {
	const id = butyrska.passageIds[3]!;
	await page.goto(butyrska.url);
	const button = await tabFromPermalink(page, id, 1);
	await expect(button).toHaveAccessibleName('Copy link');
	await expect(button).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await clipboardText(page)).toBe(`${SITE}${butyrska.url}#${id}`);
});

for (const article of [butyrska, unsigned]) {
	test(`Cite, by keyboard, shows the passage’s citation in the chosen style, then copies it (${article.slug})`, async ({ page }) => {
		const id = article.passageIds.at(-1)!;
		const number = article.passageIds.length;
		await page.goto(article.url);
		// Made when first asked for: the page does not carry it.
		await expect(page.locator('dialog')).toHaveCount(0);
		const button = await tabFromPermalink(page, id, 3);
		await expect(button).toHaveAccessibleName('Cite');
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: `Cite paragraph ${number}` });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('combobox', { name: 'Style' }).locator('option')).toHaveText(['Chicago', 'APA', 'MLA', 'Edition’s own']);
		const shown = dialog.locator('.citation-text');
		// Chicago first: the article's reference with the passage's address, and the locator in the text.
		await expect(shown).toContainText(`${SITE}${article.url}#${id}.`);
		await expect(dialog.locator('.citation-in-text')).toHaveText(new RegExp(`^In the text: \\(.+ 2025, para\\. ${number}\\)$`));
		await dialog.getByRole('combobox', { name: 'Style' }).selectOption({ label: 'Edition’s own' });
		const citation = (await shown.textContent())!;
		expect(citation).toContain(article.data.byline ?? 'Unsigned');
		expect(citation).toContain(`“${article.data.title}”`);
		expect(citation.includes('[title supplied by the editors]')).toBe(article.data.titleSuppliedByEditors);
		expect(citation).toContain(`${article.data.published.display}, ¶ ${number}.`);
		expect(citation).toContain(`${SITE}${article.url}#${id}`);
		expect(citation).toContain(`(accessed ${today})`);
		await dialog.getByRole('button', { name: 'Copy citation' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Edition’s own citation copied' })).toBeVisible();
		expect(await clipboardText(page)).toBe(citation);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(button).toBeFocused();
	});
}

test('Copy quote, by keyboard, copies the passage’s words in quotation marks with their source and link', async ({ page }) => {
	const id = butyrska.passageIds[3]!;
	await page.goto(butyrska.url);
	const words = (await page.locator(`[id="${id}"]`).evaluate((p, apparatus) => {
		const copy = p.cloneNode(true) as Element;
		for (const ours of copy.querySelectorAll(apparatus)) ours.remove();
		return copy.textContent!;
	}, APPARATUS)).replace(/\s+/g, ' ').trim();
	const button = await tabFromPermalink(page, id, 2);
	await expect(button).toHaveAccessibleName('Copy quote');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeVisible();
	const source = 'Nataliya Butyrska, “[China’s Stake, Neutrality and Leverage after the Alaska Summit]”, China’s Calculus: a reader’s edition';
	expect(await clipboardText(page)).toBe(`“${words}”\n\n— ${source}\n${SITE}${butyrska.url}#${id}`);
	const html = await clipboardHtml(page);
	expect(html).toMatch(new RegExp(`^<blockquote cite="${SITE}${butyrska.url}#${id}">`));
	expect(html).toContain(`<cite>${source}</cite>`);
	expect(html).not.toMatch(/style=|class=|font|color/i);
});

test('where the Clipboard API is missing, the text is shown selected for manual copying', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
	const id = butyrska.passageIds[0]!;
	await page.goto(butyrska.url);
	await expect(page.locator('dialog')).toHaveCount(0);
	await (await tabFromPermalink(page, id, 1)).press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Copy this text' });
	await expect(dialog).toBeVisible();
	const field = dialog.locator('textarea');
	await expect(field).toHaveValue(`${SITE}${butyrska.url}#${id}`);
	await expect(field).toBeFocused();
	expect(await field.evaluate((t: HTMLTextAreaElement) => t.selectionEnd - t.selectionStart)).toBe((await field.inputValue()).length);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

/**
 * Finds the `nth` occurrence of `phrase` in passage `id`, then either selects it (as a reader
 * would with the mouse) or tells whether it is inside the viewport.
 */
const atPhrase = (page: Page, id: string, phrase: string, nth: number, action: 'select' | 'inView') =>
	page.locator(`[id="${id}"]`).evaluate(
		(passage, [phrase, nth, action]) => {
			const walker = document.createTreeWalker(passage, NodeFilter.SHOW_TEXT);
			let seen = 0;
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
					if (seen++ < nth) continue;
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + phrase.length);
					if (action === 'select') {
						getSelection()!.removeAllRanges();
						getSelection()!.addRange(range);
						return true;
					}
					// A pixel's grace: the words' box is their lines' boxes, whose last sub-pixel may fall
					// past the edge with the glyphs inside it.
					const rect = range.getBoundingClientRect();
					return rect.top >= 0 && rect.bottom <= innerHeight + 1;
				}
			}
			throw new Error(`"${phrase}" (${nth}) not found`);
		},
		[phrase, nth, action] as const,
	);

const wcw = articles.find((a) => a.slug === 'what-china-wants-and-fears')!;

// A short window, so that landing on the passage's top alone would leave these words out of view.
test.describe('Copy link to selection', () => {
	test.use({ viewport: { width: 1000, height: 260 } });

	for (const { label, choose } of [
		{ label: 'the closing words of a long passage', choose: (text: string) => ({ phrase: text.trim().split(/\s+/).slice(-5).join(' '), nth: 0 }) },
		{ label: 'the last “China” of a passage (the word is all over the page)', choose: (text: string) => ({ phrase: 'China', nth: text.split('China').length - 2 }) },
	]) {
		test(`opens with the selected words in view: ${label}`, async ({ page, context, baseURL }) => {
			await page.goto(wcw.url);
			const texts = await page.locator('.article-body [data-passage]').evaluateAll((els) => els.map((el) => [el.id, el.textContent ?? ''] as const));
			const [id, text] = texts.filter(([, t]) => t.includes('China')).sort((a, b) => b[1].length - a[1].length)[0]!;
			const { phrase, nth } = choose(text);
			await atPhrase(page, id, phrase, nth, 'select');
			const button = page.getByRole('button', { name: 'Copy link to selection' });
			await expect(button).toBeVisible();
			await button.click();
			await expect(page.getByRole('status').filter({ hasText: 'Link to selection copied' })).toBeVisible();
			const link = await clipboardText(page);
			expect(link.startsWith(`${SITE}${wcw.url}#${id}:~:text=`)).toBe(true);
			if (phrase === 'China') expect(link).toMatch(/-,|,-/);

			const reader = await context.newPage();
			await reader.goto(link.replace(SITE, baseURL!));
			await expect.poll(() => atPhrase(reader, id, phrase, nth, 'inView')).toBe(true);
		});
	}
});

test('Copy quote on a selection copies the selected words, with the Text Fragment link', async ({ page }) => {
	const id = unsigned.passageIds[1]!;
	await page.goto(unsigned.url);
	// Seven words from within one run of the author's text (atPhrase selects within one text node).
	const phrase = await page.locator(`[id="${id}"]`).evaluate((p, apparatus) => {
		const runs: string[] = [];
		const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement!.closest(apparatus)) runs.push(node.textContent!);
		return runs.sort((a, b) => b.length - a.length)[0]!.trim().split(/\s+/).slice(1, 8).join(' ');
	}, APPARATUS);
	await atPhrase(page, id, phrase, 0, 'select');
	await page.getByRole('button', { name: 'Copy quote' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Quote copied' })).toBeVisible();
	const [quote, source] = (await clipboardText(page)).split('\n\n— ');
	expect(quote).toBe(`“${phrase}”`);
	// An unsigned analysis: no author before the title.
	expect(source).toMatch(new RegExp(`^“${unsigned.data.title.replace(/[()]/g, '\\$&')}”, China’s Calculus: a reader’s edition\n${SITE}${unsigned.url}#${id}:~:text=`));
});

test.describe('a range of passages', () => {
	test('a link lands on the first with the whole range marked, whichever end it names first', async ({ page }) => {
		const ids = butyrska.passageIds;
		for (const [first, last] of [
			[ids[3]!, ids[5]!],
			[ids[5]!, ids[3]!],
		]) {
			await page.goto(`${butyrska.url}?through=${last}#${first}`);
			await expect(page.locator(`[id="${first}"]`)).toBeInViewport();
			await expect(page.locator('.in-range')).toHaveCount(3);
			for (const id of ids.slice(3, 6)) await expect(page.locator(`[id="${id}"]`)).toHaveClass(/in-range/);
		}
	});

	test('a selection across passages copies a link to paragraphs N–M, which marks them', async ({ page, context, baseURL }) => {
		const ids = butyrska.passageIds;
		await page.goto(butyrska.url);
		await page.evaluate(([from, to]) => {
			const range = document.createRange();
			const text = (id: string) => [...document.getElementById(id)!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 20)!;
			range.setStart(text(from), 3);
			range.setEnd(text(to), 10);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		}, [ids[4]!, ids[6]!] as const);
		const button = page.getByRole('button', { name: 'Copy link to paragraphs 5–7' });
		await expect(button).toBeVisible();
		await button.click();
		await expect(page.getByRole('status').filter({ hasText: 'Link to paragraphs copied' })).toBeVisible();
		const link = await clipboardText(page);
		expect(link).toBe(`${SITE}${butyrska.url}?through=${ids[6]}#${ids[4]}`);
		const reader = await context.newPage();
		await reader.goto(link.replace(SITE, baseURL!));
		await expect(reader.locator('.in-range')).toHaveCount(3);
	});
});

test('selecting words outside the article offers no selection link', async ({ page }) => {
	await page.goto(butyrska.url);
	await page.locator('.provenance dd').first().selectText();
	await expect(page.getByRole('button', { name: 'Copy link to selection' })).toBeHidden();
});

test('an id that never existed gets a polite notice with a way to the contents', async ({ page }) => {
	await page.goto(`${butyrska.url}#no-such-passage`);
	const notice = page.locator('missing-passage');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('There is no passage #no-such-passage in this analysis: the link may be mistyped or cut short. Go to the contents to find the passage.');
	await expect(notice).toBeInViewport();
	await notice.getByRole('link', { name: 'Go to the contents' }).click();
	await expect(page.locator('.toc')).toBeInViewport();
	await expect(notice).toBeHidden();
});

for (const fragment of ['%', '%E0%A4%A']) {
	test(`a malformed fragment (#${fragment}) gets the notice, not a script error`, async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(`${butyrska.url}#${fragment}`);
		await expect(page.locator('missing-passage')).toContainText(`There is no passage #${fragment} in this analysis`);
		expect(errors).toEqual([]);
	});
}

test('on an analysis without contents, the notice offers the start of the text', async ({ page }) => {
	const axis = articles.find((a) => a.slug === 'axis-of-pragmatism')!;
	await page.goto(`${axis.url}#no-such-passage`);
	await page.getByRole('link', { name: 'Go to the start of the text' }).click();
	await expect(page).toHaveURL(`${axis.url}#${axis.passageIds[0]}`);
});

test('a valid id shows no notice', async ({ page }) => {
	await page.goto(`${butyrska.url}#${butyrska.passageIds[2]}`);
	await expect(page.locator(`[id="${butyrska.passageIds[2]}"]`)).toBeInViewport();
	await expect(page.locator('missing-passage')).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.skip(({ browserName }) => browserName === 'firefox', NO_SCRIPT_OFF_IN_FIREFOX);
	test.use({ javaScriptEnabled: false });

	test('passages keep plain ¶ links and no dead buttons', async ({ page }) => {
		await page.goto(butyrska.url);
		await expect(page.locator('.passage-actions')).toHaveCount(0);
		const first = page.locator('[data-passage] > .passage-link').first();
		await first.click();
		expect(new URL(page.url()).hash).toBe(`#${butyrska.passageIds[0]}`);
	});
});
