/**
 * The synopsis (/compare/): every question has a cell for every analysis, each answer's quoted
 * words link to a passage that holds them, a row's anchor lands on it, and a phone gets a stack.
 */
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { routes } from '../../src/config/routes.ts';

test('every question has a cell for every analysis, and each answer links to a passage holding its quoted words', async ({ page }) => {
	// The passages' text as the article pages show it.
	const passages = new Map<string, string>();
	for (const article of articles) {
		await page.goto(article.url);
		for (const [id, text] of await page.locator('[data-passage]').evaluateAll((els) => els.map((el) => [el.id, el.textContent!] as const))) {
			passages.set(`${article.url}#${id}`, text.replace(/\s+/g, ' '));
		}
	}
	await page.goto(routes.compare);
	const columns = await page.locator('.synopsis thead th[scope="col"] a').allTextContents();
	expect(columns).toHaveLength(articles.length);
	// Read in one go: the rows, and in each cell its quote (or none) and our answer's links.
	const rows = await page.locator('.synopsis tr.question-row').evaluateAll((trs) =>
		trs.map((tr) => ({
			question: tr.querySelector('th')!.textContent!,
			cells: [...tr.querySelectorAll('td')].map((td) => {
				const quote = td.querySelector<HTMLAnchorElement>('.quote a');
				return {
					silent: td.querySelector('.does-not-address') !== null,
					quote: quote && { words: quote.textContent!.replace(/^“|”$/g, ''), href: quote.pathname + quote.hash },
					cited: [...td.querySelectorAll<HTMLAnchorElement>('p:not(.quote) a')].map((a) => a.getAttribute('href')!),
				};
			}),
		})),
	);
	expect(rows.length, 'twelve questions or more').toBeGreaterThanOrEqual(12);
	for (const { question, cells } of rows) {
		expect(cells, question).toHaveLength(articles.length);
		for (const cell of cells) {
			if (cell.silent) continue;
			expect(passages.get(cell.quote!.href), `${question}: ${cell.quote!.href}`).toContain(cell.quote!.words);
			for (const href of cell.cited) expect(passages.has(href), `${question}: ${href}`).toBe(true);
		}
		expect(cells.filter((c) => !c.silent).length, `${question}: answered by at least two analyses`).toBeGreaterThanOrEqual(2);
	}
});

test('a question’s anchor lands on its row, and the row names its question to a screen reader', async ({ page }) => {
	await page.goto(routes.compareQuestion('frozen-conflict'));
	const row = page.locator('[id="frozen-conflict"]');
	await expect(row).toBeInViewport();
	await expect(row.getByRole('rowheader')).toHaveText('Would a frozen conflict suit China?');
	await expect(page.getByRole('columnheader', { name: /^Axis of Pragmatism/ })).toBeVisible();
});

test('on a phone a row is a stack of the answers, each named by its analysis, with nothing sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto(routes.compare);
	const row = page.locator('[id="frozen-conflict"]');
	await expect(row.locator('.cell-label')).toHaveText(['Axis of Pragmatism', 'What China Wants (and Fears)', 'China’s Stake, Neutrality and Leverage']);
	const boxes = await row.locator('td').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
	for (const [i, box] of boxes.entries()) if (i > 0) expect(box.top, 'stacked').toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
