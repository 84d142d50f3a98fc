import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { holdBack } from '../support/hold-back.ts';
import { NO_SCRIPT_OFF_IN_FIREFOX } from '../support/skips.ts';

/** Typographic quotes folded, so "Friends of Peace" matches “Friends of Peace”. */
const plain = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").toLowerCase();

async function searchFromHeader(page: Page, query: string) {
	await page.goto('/articles/axis-of-pragmatism/');
	await page.keyboard.press('/');
	const input = page.locator('.search-dialog input[type="search"]');
	await expect(input).toBeFocused();
	await page.keyboard.type(query);
	// Results re-render while typing: wait until they are for the whole query.
	await expect(page.locator('.search-dialog .search-summary')).toContainText(query);
	const first = page.locator('.search-dialog .search-hits a').first();
	await expect(first).toBeVisible();
	return first;
}

for (const [query, words] of [
	['Dragonbear', ['dragonbear']],
	['"Friends of Peace"', ['friends of peace']],
	['Shahed', ['shahed']],
	['Global South', ['global', 'south']],
	['Lavrov named China', ['lavrov', 'named', 'china']],
	['"Alaska summit"', ['alaska summit']],
] as const) {
	test(`keyboard search for ${query} lands on a passage with the words marked`, async ({ page }) => {
		const first = await searchFromHeader(page, query);
		const href = (await first.getAttribute('href'))!;
		expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/\?pagefind-highlight=[^#]+#[a-z0-9-]+$/);
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.href.endsWith(href.split('?')[1]!.split('#')[1]!));
		const passage = page.locator(`[id="${href.split('#')[1]}"]`);
		await expect(passage).toBeInViewport();
		for (const word of words) expect(plain((await passage.textContent())!)).toContain(word);
		const marked = plain((await passage.locator('mark.pagefind-highlight').allTextContents()).join(' '));
		for (const word of words) for (const part of word.split(' ')) expect(marked).toContain(part);
		await expect(page.locator('search-highlight')).toBeVisible();
	});
}

for (const [query, entry, passage] of [
	['Kallas', '/people/kaja-kallas/', 'beijing-strategy-extends'],
	['Wang Yi', '/people/wang-yi/', 'beijing-strategy-extends'],
] as const) {
	test(`keyboard search for ${query}, a name in the register, offers the analysis’s passage first, and the entry, which lists it, from the editors`, async ({ page }) => {
		const first = await searchFromHeader(page, query);
		expect(await first.getAttribute('href')).toMatch(new RegExp(`^/articles/china-stake-neutrality-leverage/\\?[^#]+#${passage}$`));
		const editors = page.locator('.search-dialog .search-editorial');
		await expect(editors.getByRole('heading', { name: 'From the editors' })).toBeVisible();
		await editors.locator(`a[href^="${entry}"]`).first().click();
		await page.waitForURL((url) => url.pathname === entry);
		const quote = page.locator('.register-passages a', { hasText: query });
		await expect(quote).toHaveAttribute('href', `/articles/china-stake-neutrality-leverage/#${passage}`);
	});
}

/** The titles of the listed results: the analyses' group, then ours under "From the editors", once all are drawn. */
async function resultGroups(page: Page, query: string) {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	const summary = page.locator('.search-page .search-summary');
	await expect(summary).toHaveText(new RegExp(`^\\d+ results? for ${query}$`));
	const total = Number((await summary.textContent())!.match(/^\d+/)![0]);
	await expect(page.locator('.search-page .search-hits > .search-hit')).toHaveCount(total);
	const titles = (list: string) => page.locator(`.search-page ${list} > .search-hit .hit-title`).allTextContents();
	return { analyses: await titles('.search-hits:not(.search-editorial *)'), editorial: await titles('.search-editorial .search-hits') };
}

const analysisTitles = articles.map((a) => a.data.title as string);

for (const query of ['secondary sanctions', 'Kallas']) {
	test(`for ${query}, the analyses’ passages come first, then our pages under “From the editors”`, async ({ page }) => {
		const { analyses, editorial } = await resultGroups(page, query);
		expect(analyses.length).toBeGreaterThan(0);
		for (const title of analyses) expect(analysisTitles).toContain(title);
		expect(editorial.length).toBeGreaterThan(0);
		for (const title of editorial) expect(analysisTitles).not.toContain(title);
		// The heading stands between the two groups, and the first result is an analysis's passage.
		const heading = page.getByRole('heading', { name: 'From the editors' });
		await expect(heading).toBeVisible();
		const between = await heading.evaluate((h) => {
			const [first] = document.querySelectorAll('.search-page .search-hits:not(.search-editorial *) > .search-hit');
			const [ours] = document.querySelectorAll('.search-page .search-editorial .search-hit');
			return Boolean(first!.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING && h.compareDocumentPosition(ours!) & Node.DOCUMENT_POSITION_FOLLOWING);
		});
		expect(between).toBe(true);
		await expect(page.locator('.search-page .hit-passage a').first()).toHaveAttribute('href', /^\/articles\//);
	});
}

test('with no analysis holding the words, our pages are listed under their heading alone', async ({ page }) => {
	// "Zelensky" is a spelling only the register knows (an other form), not the analyses'.
	const { analyses, editorial } = await resultGroups(page, 'Zelensky');
	expect(analyses).toEqual([]);
	expect(editorial).toContain('Volodymyr Zelenskyy');
	await expect(page.getByRole('heading', { name: 'From the editors' })).toBeVisible();
});

for (const [query, phrased, apart] of [
	// The passage reading "secondary sanctions" before the ones with both words apart.
	['secondary sanctions', 'more-dangerous-scenario', 'lead-up-alaska'],
	// "incremental sanctions relief" before a passage with more of the two words, but apart.
	['sanctions relief', 'trump-putin-bargain', 'lead-up-alaska'],
] as const) {
	test(`a passage holding “${query}” as a phrase is listed before one holding the words apart, in the dialog and the full search`, async ({ page }) => {
		const first = await searchFromHeader(page, query);
		await expect(first).toHaveAttribute('href', new RegExp(`#${phrased}$`));
		await expect(page.locator('.search-dialog .hit-passage').first().locator('.hit-excerpt')).toContainText(new RegExp(query, 'i'));
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		const result = page.locator('.search-page .search-hit').filter({ has: page.locator(`a[href$="#${phrased}"]`) });
		await expect(result).toHaveCount(1);
		const hrefs = await result.locator('.hit-passage a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[1]));
		expect(hrefs[0]).toBe(phrased);
		expect(hrefs.indexOf(apart)).toBeGreaterThan(0);
	});
}

test('each passage link’s accessible name starts with its label and names the analysis or page it is in', async ({ page }) => {
	await page.goto('/search/?q=sanctions');
	const links = page.locator('.search-page .hit-passage a');
	await expect(page.getByRole('heading', { name: 'From the editors' })).toBeVisible();
	const named = await links.evaluateAll((as) =>
		as.map((a) => ({ label: a.textContent!, name: a.getAttribute('aria-label')!, title: a.closest('.search-hit')!.querySelector('.hit-title')!.textContent! })),
	);
	expect(named.length).toBeGreaterThan(5);
	for (const { label, name, title } of named) expect(name).toBe(`${label} — ${title}`);
	const analysis = articles.find((a) => a.slug === 'what-china-wants-and-fears')!;
	await expect(page.getByRole('link', { name: new RegExp(`^¶ \\d+.* — ${analysis.data.title.replace(/[()]/g, '\\$&')}$`) }).first()).toBeVisible();
});

test('the synopsis is searched as a kind of its own, and a hit on a question lands on its row, the words marked but not in the quotes', async ({ page }) => {
	await page.goto('/search/?q=frozen+conflict&kind=Comparison');
	const results = page.locator('.search-page .search-hits > .search-hit');
	await expect(results).toHaveCount(1);
	await expect(page.locator('.search-editorial .hit-title')).toHaveText('Compare the analyses');
	const row = page.getByRole('link', { name: 'Would a frozen conflict suit China? — Compare the analyses' });
	await expect(row).toHaveText('Would a frozen conflict suit China?');
	await expect(row).toHaveAttribute('href', /^\/compare\/\?pagefind-highlight=[^#]+#frozen-conflict$/);
	// Each question is a hit of its own, and the kind counts them by page, as for the others.
	await expect(page.locator('.facet label').filter({ hasText: 'Comparison' }).locator('.facet-count')).toHaveText('1');
	await row.click();
	await page.waitForURL((url) => url.pathname === '/compare/' && url.hash === '#frozen-conflict');
	const target = page.locator('tr#frozen-conflict');
	await expect(target).toBeInViewport();
	expect(await target.evaluate((tr) => tr.matches(':target'))).toBe(true);
	await expect(target.locator('mark.pagefind-highlight').first()).toBeVisible();
	await expect(page.locator(':is(.synopsis .quote, .synopsis thead, .cell-label) mark.pagefind-highlight')).toHaveCount(0);
});

test('a theme filter keeps only the synopsis’s questions of that theme', async ({ page }) => {
	// "China" is in every question; the Taiwan question is the only one of that theme.
	await page.goto('/search/?q=China&kind=Comparison&theme=Taiwan');
	await expect(page.locator('.search-page .search-hits > .search-hit')).toHaveCount(1);
	const hrefs = await page.locator('.search-page .hit-passage a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#')[1]));
	expect(hrefs).toEqual(['war-and-taiwan']);
});

test('what is typed while the dialog is still loading is kept', async ({ page }) => {
	await page.goto('/themes/europe/');
	// The dialog's search code comes only once the typing is done.
	const code = await holdBack(page, '**/_astro/dialog.*.js');
	await page.keyboard.press('/');
	await page.keyboard.type('Kallas');
	const input = page.locator('.search-dialog input[type="search"]');
	await expect(input).toBeFocused();
	await expect(input).toHaveValue('Kallas');
	await expect.poll(code.held, 'the dialog asked for its code, held back').toBe(1);
	await expect(page.locator('.search-dialog .search-summary')).toBeEmpty();
	code.release();
	await expect(page.locator('.search-dialog .search-summary')).toContainText('Kallas');
});

test('the dialog is made on first opening, once', async ({ page }) => {
	await page.goto('/articles/axis-of-pragmatism/');
	await expect(page.locator('dialog')).toHaveCount(0);
	await page.keyboard.press('/');
	await expect(page.locator('dialog.search-dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await page.locator('a.search-link').click();
	await expect(page.locator('dialog.search-dialog')).toHaveCount(1);
	await expect(page.getByRole('dialog', { name: 'Search the analyses' })).toBeVisible();
	await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toBeFocused();
	await expect(page.locator('a.full-search-link')).toHaveAttribute('href', '/search/');
});

test('Ctrl+K opens the search dialog, Esc closes it and focus returns', async ({ page }) => {
	await page.goto('/themes/taiwan/');
	await page.keyboard.press('Control+k');
	const dialog = page.locator('dialog.search-dialog');
	await expect(dialog).toBeVisible();
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('the dialog links to the full search with the same query', async ({ page }) => {
	await searchFromHeader(page, 'Lavrov');
	await expect(page.locator('a.full-search-link')).toHaveAttribute('href', '/search/?q=Lavrov');
});

test('the dialog shows the first results and says how many the full search has', async ({ page }) => {
	await page.goto('/articles/axis-of-pragmatism/');
	await page.keyboard.press('/');
	// The dialog shows 20; this site has fewer hits than that for any word, so show fewer.
	await page.locator('.search-dialog .search-hits').evaluate((results) => results.setAttribute('data-max-results', '2'));
	await page.keyboard.type('China');
	const summary = page.locator('.search-dialog .search-summary');
	await expect(summary).toContainText(/^\d+ results for China$/);
	const total = Number((await summary.textContent())!.match(/^\d+/)![0]);
	expect(total).toBeGreaterThan(2);
	await expect(page.locator('.search-dialog .search-hit')).toHaveCount(2);
	await expect(page.locator('a.full-search-link')).toHaveText(`All ${total} results, in the full search`);
});

test('clearing the highlight removes the marks and the parameter, keeping the passage', async ({ page }) => {
	await page.goto('/articles/what-china-wants-and-fears/?pagefind-highlight=sanctions#deal-triggers-sanctions');
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	await page.getByRole('button', { name: 'Clear highlights' }).click();
	await expect(page.locator('mark.pagefind-highlight')).toHaveCount(0);
	expect(new URL(page.url()).search).toBe('');
	expect(new URL(page.url()).hash).toBe('#deal-triggers-sanctions');
});

test('filters narrow the results, live in the URL and come back on reload', async ({ page }) => {
	const resultTitles = () => page.locator('.search-page .search-hit .hit-title').allTextContents();
	const others = articles.filter((a) => a.slug !== 'axis-of-pragmatism').map((a) => a.data.title as string);
	await page.goto('/search/?q=sanctions');
	await expect(page.locator('.search-summary')).toContainText(/\d+ results? for sanctions/);
	await expect.poll(async () => (await resultTitles()).filter((t) => others.includes(t.trim())).length).toBeGreaterThan(0);
	const before = (await resultTitles()).length;

	const axis = page.locator('.search-page .facet label').filter({ hasText: 'Axis of Pragmatism' });
	await axis.click();
	await expect(page).toHaveURL(/[?&]analysis=Axis(\+|%20)of(\+|%20)Pragmatism/);
	await expect(page).toHaveURL(/[?&]q=sanctions/);
	await expect.poll(async () => (await resultTitles()).length).toBeLessThan(before);
	// Theme explainers that discuss this analysis stay; the other analyses go.
	const narrowed = (await resultTitles()).map((t) => t.trim());
	expect(narrowed).toContain('Axis of Pragmatism');
	expect(narrowed.filter((t) => others.includes(t))).toEqual([]);

	await page.reload();
	await expect(axis.locator('input')).toBeChecked();
	await expect.poll(async () => (await resultTitles()).map((t) => t.trim())).toEqual(narrowed);
});

test('a filter value the site does not have is dropped, visibly, and the address follows the results', async ({ page }) => {
	await page.goto('/search/?q=sanctions&theme=Climate&analysis=Axis+of+Pragmatism');
	await expect(page.locator('.search-dropped')).toHaveText('Left out of this search, as no page has them: theme “Climate”.');
	await expect(page).toHaveURL(/\?q=sanctions&analysis=Axis(\+|%20)of(\+|%20)Pragmatism$/);
	await expect(page.locator('.search-page .facet label').filter({ hasText: 'Axis of Pragmatism' }).locator('input')).toBeChecked();
	await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
});

test('kind and theme filters come from the page types', async ({ page }) => {
	await page.goto('/search/?q=Taiwan&kind=Theme+explainer');
	await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
	const titles = await page.locator('.search-page .search-hit .hit-title').allTextContents();
	expect(titles.map((t) => t.trim())).toEqual(expect.arrayContaining(['Taiwan']));
	for (const title of titles) expect(['Taiwan', 'The US–Russia talks', 'Neutrality', 'Sanctions', 'Europe', 'The Russia–China partnership']).toContain(title.trim());
});

for (const hostile of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "javascript:alert('x')"]) {
	test(`a hostile query renders as text: ${hostile}`, async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', async (d) => {
			dialogs++;
			await d.dismiss();
		});
		await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
		await expect(page.locator('.search-page input[type="search"]')).toHaveValue(hostile);
		await expect(page.locator('.search-summary')).toHaveText(/ for /);
		// Drawn, the query made no element: nothing there could run, now or later.
		await expect(page.locator('.search-page img, .search-page script:not([type])')).toHaveCount(0);
		expect(dialogs).toBe(0);
	});
}

test('when the search code cannot load, the page falls back to links instead of an empty box', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto('/search/?q=sanctions');
	await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
	await expect(page.locator('.search-page')).toBeHidden();
});

test('the search page lists results a page at a time, and "show more" continues at the first new one', async ({ page }) => {
	// Pages of 10; this site has fewer hits than that for most words, so use pages of 2.
	await page.addInitScript(() =>
		document.addEventListener('DOMContentLoaded', () => document.querySelector<HTMLElement>('.search-hits')!.setAttribute('data-page-size', '2')),
	);
	await page.goto('/search/?q=China');
	const summary = page.locator('.search-summary');
	await expect(summary).toHaveText(/^\d+ results for China$/);
	const total = Number((await summary.textContent())!.match(/^\d+/)![0]);
	expect(total).toBeGreaterThan(4);
	const results = page.locator('.search-hits > .search-hit');
	await expect(results).toHaveCount(2);
	const more = page.locator('.search-more');
	await expect(more).toContainText(`${total - 2} not shown yet`);
	await more.dblclick();
	// A double click still adds one page.
	await expect(results).toHaveCount(4);
	await expect(results.nth(2).locator('a').first()).toBeFocused();
	for (let shown = 4; shown < total; shown = Math.min(shown + 2, total)) {
		await more.click();
		await expect(results).toHaveCount(Math.min(shown + 2, total));
	}
	await expect(more).toBeHidden();
	// Each page once: no result twice.
	const titles = await results.locator('.hit-title').allTextContents();
	expect(new Set(titles).size).toBe(total);
});

test('each filter value says how many results choosing it leaves', async ({ page }) => {
	await page.goto('/search/?q=sanctions');
	const explainers = page.locator('.facet label').filter({ hasText: 'Theme explainer' });
	await expect(explainers.locator('.facet-count')).toHaveText(/^\d+$/);
	const count = Number(await explainers.locator('.facet-count').textContent());
	await explainers.click();
	await expect(page.locator('.search-summary')).toHaveText(`${count} results for sanctions`);
	await expect(page.locator('.search-hits > .search-hit')).toHaveCount(count);
});

test('typing searches as the reader types, and the address follows', async ({ page }) => {
	await page.goto('/search/');
	await expect(page.locator('.facet-count').first()).toHaveText(/^\d+$/);
	const box = page.getByRole('searchbox', { name: 'Words to search for' });
	await box.pressSequentially('Kallas', { delay: 30 });
	await expect(page.locator('.search-summary')).toHaveText(/^\d+ results? for Kallas$/);
	await expect(page).toHaveURL(/\/search\/\?q=Kallas$/);
	await box.fill('');
	await expect(page.locator('.search-summary')).toBeEmpty();
	await expect(page.locator('.search-hits > .search-hit')).toHaveCount(0);
	await expect(page).toHaveURL(/\/search\/$/);
});

test('on the search page, "/" goes to its own search box', async ({ page }) => {
	await page.goto('/search/?q=Taiwan');
	await expect(page.locator('.search-summary')).not.toBeEmpty();
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toBeFocused();
	await expect(page.locator('dialog')).toHaveCount(0);
});

test('on a phone the filter groups start folded and unfold on their buttons', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto('/search/?q=Taiwan');
	const toggle = page.getByRole('button', { name: 'Theme', exact: true });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('#facet-theme')).toBeHidden();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('#facet-theme label').first()).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 823 });
	await expect(page.getByRole('button', { name: 'Analysis', exact: true })).toHaveAttribute('aria-expanded', 'true');
});

test('a search with no hits says so and suggests themes', async ({ page }) => {
	await page.goto('/search/?q=xylophone');
	const hints = page.locator('#search-hints');
	await expect(hints).toBeVisible();
	await expect(hints).toContainText('No passage matches “xylophone”');
	await expect(hints.locator('a.theme-chip').first()).toHaveAttribute('href', /^\/themes\/[a-z-]+\/$/);
});

for (const chrome of ['"Themes of this paragraph"', '"Skip to content"', '"About this text"', '"A reader’s edition"', 'Printed']) {
	test(`site chrome is not indexed: ${chrome} finds nothing`, async ({ page }) => {
		await page.goto(`/search/?q=${encodeURIComponent(chrome)}`);
		await expect(page.locator('#search-hints')).toBeVisible();
		await expect(page.locator('.search-page .search-hit')).toHaveCount(0);
	});
}

test.describe('without JavaScript', () => {
	test.skip(({ browserName }) => browserName === 'firefox', NO_SCRIPT_OFF_IN_FIREFOX);
	test.use({ javaScriptEnabled: false });

	test('the search page says search needs JavaScript and links to the content', async ({ page }) => {
		await page.goto('/search/?q=sanctions');
		await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
		await expect(page.locator('main a[href^="/articles/"]')).toHaveCount(articles.length);
		for (const link of await page.locator('main a[href^="/articles/"]').all()) await expect(link).toBeVisible();
		await expect(page.getByRole('link', { name: 'The themes across the analyses' })).toBeVisible();
	});

	test('the header search is a plain link to the search page, with no shortcut hint', async ({ page }) => {
		await page.goto('/');
		// No script answers "/" without JavaScript, so the hint is not shown, and there is no dialog.
		await expect(page.locator('a.search-link kbd')).toBeHidden();
		await expect(page.locator('dialog')).toHaveCount(0);
		await page.locator('a.search-link').click();
		await expect(page).toHaveURL('/search/');
	});
});
