/**
 * The synopsis (/compare/): every question has a cell for every analysis, each answer's quoted
 * words link to a passage that holds them, a row's anchor lands on it, and a phone gets a stack;
 * two analyses at a time, in a URL to share; on paper, a table with its links written out; a
 * passage that answers a question says so; a link to a row previews it.
 */
import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { routes } from '../../src/config/routes.ts';
import { passageTexts, quotesIn } from '../support/quoted.ts';
import { NO_MEDIA_EMULATION_IN_FIREFOX, NO_SCRIPT_OFF_IN_FIREFOX } from '../support/skips.ts';

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

/** The analyses whose cells show in a row. */
const shownColumns = (page: Page, question: string) =>
	page
		.locator(`[id="${question}"] td`)
		.evaluateAll((cells) => cells.filter((cell) => getComputedStyle(cell).display !== 'none').map((cell) => (cell as HTMLElement).dataset.analysis));

/** The columns, in the page's (date) order: each analysis's slug and short title. */
const columnsOf = (page: Page) =>
	page.locator('.synopsis thead th[data-analysis]').evaluateAll((heads) => heads.map((th) => ({ slug: (th as HTMLElement).dataset.analysis!, title: th.querySelector('a')!.textContent! })));

test('a reader hides one analysis to set the other two side by side, and the address keeps the choice', async ({ page }) => {
	await page.goto(routes.compare);
	const columns = await columnsOf(page);
	const [first, second, third] = columns.map((c) => c.slug);
	const show = page.getByRole('group', { name: 'Show' });
	await show.getByRole('checkbox', { name: columns[1]!.title }).uncheck();
	expect(await shownColumns(page, 'frozen-conflict')).toEqual([first, third]);
	await expect(page.getByRole('columnheader', { name: new RegExp(`^${columns[1]!.title}`) })).toBeHidden();
	await expect(page).toHaveURL(new RegExp(`\\?with=${first},${third}$`));
	// Two must stay: the two left cannot be unchecked.
	await expect(show.getByRole('checkbox', { name: columns[0]!.title })).toBeDisabled();
	// The shared address opens on the same two, at the row it names.
	await page.goto(`${routes.compare}?with=${second},${third}#frozen-conflict`);
	expect(await shownColumns(page, 'frozen-conflict')).toEqual([second, third]);
	await expect(page.locator('[id="frozen-conflict"]')).toBeInViewport();
	await show.getByRole('checkbox', { name: columns[0]!.title }).check();
	expect(await shownColumns(page, 'frozen-conflict')).toEqual([first, second, third]);
	await expect(page).toHaveURL(/\/compare\/#frozen-conflict$/);
});

test.describe('without JavaScript', () => {
	test.skip(({ browserName }) => browserName === 'firefox', NO_SCRIPT_OFF_IN_FIREFOX);
	test.use({ javaScriptEnabled: false });

	test('every analysis shows, whatever the address asks, and there is no control that cannot work', async ({ page }) => {
		await page.goto(`${routes.compare}?with=${articles[0]!.slug},${articles[1]!.slug}`);
		expect(await shownColumns(page, 'frozen-conflict')).toEqual((await columnsOf(page)).map((c) => c.slug));
		await expect(page.getByRole('group', { name: 'Show' })).toBeHidden();
	});
});

test('printed on A4 portrait, the synopsis stays a table, with each analysis’s address and each quote’s passage written out', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_MEDIA_EMULATION_IN_FIREFOX);
	// A4 less Chromium's default margins, at 96 px an inch.
	await page.setViewportSize({ width: 718, height: 1000 });
	await page.goto(routes.compare);
	await page.emulateMedia({ media: 'print' });
	const row = page.locator('[id="frozen-conflict"]');
	expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
	await expect(page.getByRole('group', { name: 'Show' })).toBeHidden();
	const [column] = await columnsOf(page);
	await expect(page.locator('.print-url').first()).toHaveText(new URL(routes.article(column!.slug), page.url()).href);
	const quote = row.locator('.quote a').first();
	const id = (await quote.getAttribute('href'))!.split('#')[1]!;
	expect(await quote.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(`[#${id}]`);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(718);
	// The type stays readable: nothing in the table under 7.5 pt (10 px).
	const smallest = await page.locator('.synopsis').evaluate((table) => Math.min(...[...table.querySelectorAll('*')].map((el) => parseFloat(getComputedStyle(el).fontSize))));
	expect(smallest).toBeGreaterThanOrEqual(10);
});

test('a passage that answers a question says so in its one disclosure, with a link to the question’s row', async ({ page }) => {
	const article = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;
	await page.goto(article.url);
	// This passage has no theme: its disclosure is there for the question alone.
	const margin = page.locator('[id="taken-together-factors"] + .passage-margin');
	const summary = margin.locator('summary');
	await expect(summary).toHaveText('This paragraph answers 1 question');
	await summary.click();
	const answers = margin.locator('details > div > p');
	await expect(answers).toHaveText('Answers: “Would a frozen conflict suit China?” · compare answers');
	await answers.getByRole('link', { name: 'compare answers', exact: true }).click();
	await expect(page).toHaveURL(/\/compare\/#frozen-conflict$/);
	await expect(page.locator('[id="frozen-conflict"]')).toBeInViewport();
});

test('a link to a question’s row previews the row: each analysis’s answer, or its silence', async ({ page }) => {
	await page.goto(routes.theme('taiwan'));
	const link = page.locator('.synopsis .question-row th a').first();
	const question = (await link.textContent())!;
	await link.hover();
	const preview = page.locator('.link-preview');
	await expect(preview.getByRole('heading', { name: question })).toBeVisible();
	await expect(preview.locator('.preview-analysis')).toHaveText((await columnsOf(page)).map((c) => c.title));
	await expect(preview.getByRole('link', { name: 'Open the comparison' })).toHaveAttribute('href', new RegExp(`/compare/#`));
});

test('each answer quotes the sentences of its passage that hold its quoted words, those words marked', async ({ page }) => {
	const passages = await passageTexts(page);
	await page.goto(routes.compare);
	const quotes = await quotesIn(page.locator('.synopsis .quote a'));
	expect(quotes.length).toBeGreaterThanOrEqual(24);
	for (const { href, text, marked } of quotes) {
		expect(marked, href).toHaveLength(1);
		expect(passages.get(href), href).toContain(text);
		// The sentence, not the quoted words alone: whole sentences.
		expect(text, href).toMatch(/[.?!…]["'”’)]*$/);
	}
});
