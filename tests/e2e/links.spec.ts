import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { SITE_ORIGIN as SITE } from '../support/origins.ts';
import { NO_SCRIPT_OFF_IN_FIREFOX } from '../support/skips.ts';
const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
const butyrska = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;
const unsigned = articles.find((a) => a.data.byline === null)!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

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
	expect(await clipboard(page)).toBe(`${SITE}${butyrska.url}#${id}`);
});

for (const article of [butyrska, unsigned]) {
	test(`Cite, by keyboard, copies a full citation of the passage (${article.slug})`, async ({ page }) => {
		const id = article.passageIds.at(-1)!;
		await page.goto(article.url);
		const button = await tabFromPermalink(page, id, 2);
		await expect(button).toHaveAccessibleName('Cite');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Citation copied' })).toBeVisible();
		const citation = await clipboard(page);
		expect(citation).toContain(article.data.byline ?? 'Unsigned');
		expect(citation).toContain(`“${article.data.title}”`);
		expect(citation.includes('[title supplied by the editors]')).toBe(article.data.titleSuppliedByEditors);
		expect(citation).toContain(article.data.published.display);
		expect(citation).toContain(`${SITE}${article.url}#${id}`);
		expect(citation).toContain(`(accessed ${today})`);
	});
}

test('where the Clipboard API is missing, the text is shown selected for manual copying', async ({ page }) => {
	await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
	const id = butyrska.passageIds[0]!;
	await page.goto(butyrska.url);
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
					const rect = range.getBoundingClientRect();
					return rect.top >= 0 && rect.bottom <= innerHeight;
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
			const link = await clipboard(page);
			expect(link.startsWith(`${SITE}${wcw.url}#${id}:~:text=`)).toBe(true);
			if (phrase === 'China') expect(link).toMatch(/-,|,-/);

			const reader = await context.newPage();
			await reader.goto(link.replace(SITE, baseURL!));
			await expect.poll(() => atPhrase(reader, id, phrase, nth, 'inView')).toBe(true);
		});
	}
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

test('"Cite this analysis" gives the whole article’s citation, with the reader’s access date', async ({ page }) => {
	await page.goto(butyrska.url);
	const block = page.getByRole('region', { name: 'Cite this analysis' });
	const citation = block.locator('.citation-text');
	await expect(citation).toContainText(`${SITE}${butyrska.url} (accessed ${today}).`);
	await expect(citation).toContainText('Nataliya Butyrska, “China’s Stake, Neutrality and Leverage after the Alaska Summit” [title supplied by the editors], late August 2025.');
	await block.getByRole('button', { name: 'Copy citation' }).click();
	expect(await clipboard(page)).toBe(await citation.textContent());
});

test('reference managers find citation metadata and schema.org JSON-LD', async ({ page }) => {
	await page.goto(butyrska.url);
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', butyrska.data.title);
	await expect(page.locator('meta[name="citation_author"]')).toHaveAttribute('content', 'Nataliya Butyrska');
	await expect(page.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', '2025/08');
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(ld).toMatchObject({ '@type': 'Article', headline: butyrska.data.title, author: { name: 'Nataliya Butyrska' }, datePublished: '2025-08', url: `${SITE}${butyrska.url}` });
	await page.goto(unsigned.url);
	await expect(page.locator('meta[name="citation_author"]')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.skip(({ browserName }) => browserName === 'firefox', NO_SCRIPT_OFF_IN_FIREFOX);
	test.use({ javaScriptEnabled: false });

	test('passages keep plain ¶ links and no dead buttons', async ({ page }) => {
		await page.goto(butyrska.url);
		await expect(page.locator('.passage-actions')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
		await expect(page.locator('.citation-text')).toContainText(`${SITE}${butyrska.url} (accessed [date you read it])`);
		const first = page.locator('[data-passage] > .passage-link').first();
		await first.click();
		expect(new URL(page.url()).hash).toBe(`#${butyrska.passageIds[0]}`);
	});
});
