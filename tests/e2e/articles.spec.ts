import { expect, test } from '@playwright/test';
import { expectedBodyLines, firstDifference, unaccountedHeaderLines } from '../support/fidelity.ts';
import { articles, headerLines } from '../support/content.ts';

/** Text of the article's headings and passages, without the site's own ¶ links and notices. */
const BODY_TEXT = (root: Element) =>
	[...root.querySelectorAll('h2, h3, [data-passage]')].map((el) => {
		const clone = el.cloneNode(true) as Element;
		clone.querySelectorAll('.passage-link, .passage-actions, .passage-retired, .note-ref').forEach((n) => n.remove());
		return clone.textContent ?? '';
	});

for (const article of articles) {
	test.describe(article.slug, () => {
		test.beforeEach(async ({ page }) => {
			await page.goto(article.url);
		});

		test('shows its title, standfirst, byline, date and provenance', async ({ page }) => {
			const { data } = article;
			await expect(page.locator('h1')).toHaveText(data.title);
			await expect(page.locator('.article-header .editor-title')).toHaveCount(data.titleSuppliedByEditors ? 1 : 0);
			if (data.standfirst) await expect(page.locator('.article-header .standfirst')).toHaveText(data.standfirst);
			await expect(page.locator('.article-header .article-meta')).toContainText(data.byline ? `By ${data.byline}` : 'No byline');
			await expect(page.locator('.article-header .article-meta time')).toHaveAttribute('datetime', /^2025(-\d\d){0,2}$/);
			const provenance = page.locator('section.provenance');
			await expect(provenance).toContainText(data.published.basis.replace(/\s+/g, ' ').slice(0, 40));
			await expect(provenance).toContainText(data.originalUrl ? data.originalUrl : 'Address not known.');
			if (data.published.asPrinted) await expect(provenance).toContainText(`Printed as “${data.published.asPrinted}”`);
			if (data.authorBio) await expect(page.locator('.author-bio')).toContainText(data.authorBio.slice(0, 60));
		});

		test('reproduces the received text word for word', async ({ page }) => {
			const { data, source } = article;
			const header = headerLines(article);
			expect(unaccountedHeaderLines(source, header), 'header fields not found in the source').toEqual([]);
			const expected = expectedBodyLines(source, { headerLines: header, chrome: data.source.chrome });
			const actual = await page.locator('.article-body').evaluate(BODY_TEXT);
			expect(firstDifference(expected, actual)).toBeNull();
		});

		test('gives every passage its registered id and its number in the margin, a focusable link to it', async ({ page }) => {
			const passages = page.locator('.article-body [data-passage]');
			const ids = await passages.evaluateAll((els) => els.map((el) => el.id));
			expect(ids).toEqual(article.passageIds);
			const allIds = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
			expect(new Set(allIds).size, 'ids on the page are unique').toBe(allIds.length);

			// Numbered in page order, list items with ids counted, as citations and search number them.
			expect(await passages.locator('> a.passage-link').allTextContents()).toEqual(ids.map((_, i) => String(i + 1)));
			const link = passages.nth(1).locator('> a.passage-link');
			await expect(link).toHaveAttribute('href', `#${ids[1]}`);
			await expect(link).toHaveAccessibleName('Link to paragraph 2');
			await expect(link).toBeVisible();
			await link.focus();
			await expect(link).toBeFocused();
		});

		test('a passage link lands on the passage, highlighted, below the sticky header', async ({ page }) => {
			const id = article.passageIds[Math.floor(article.passageIds.length / 2)]!;
			await page.goto(`${article.url}#${id}`);
			const passage = page.locator(`[id="${id}"]`);
			await expect(passage).toBeInViewport();
			await expect(passage).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
			const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
			await expect.poll(() => passage.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
			await expect(page.locator('.article-body [data-passage]').first()).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
		});
	});
}

test('the home page presents the three analyses with their metadata and summaries', async ({ page }) => {
	await page.goto('/');
	const cards = page.locator('.article-card');
	await expect(cards).toHaveCount(articles.length);
	for (const article of articles) {
		const card = cards.filter({ has: page.locator(`h3 a[href="${article.url}"]`) });
		await expect(card.locator('h3')).toHaveText(article.data.title);
		await expect(card.locator('.article-meta')).toContainText(/\d+ min read/);
		await expect(card.locator('.editor-title')).toHaveCount(article.data.titleSuppliedByEditors ? 1 : 0);
		const citations = card.locator('.summary a');
		expect(await citations.count()).toBeGreaterThan(0);
		for (const href of await citations.evaluateAll((els) => els.map((a) => a.getAttribute('href')))) {
			expect(href).toMatch(new RegExp(`^${article.url}#(${article.passageIds.join('|')})$`));
		}
	}
});
