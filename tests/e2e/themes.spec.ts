import { expect, test } from '@playwright/test';
import { COMPARISONS_PATH } from '../../src/config/routes.ts';
import { idsOn } from '../support/page-ids.ts';
import { articles, CORE_THEMES, themes } from '../support/content.ts';
import { keywordsOf, passageTexts, quotesIn } from '../support/quoted.ts';
import { axeViolations } from '../support/axe.ts';
import { colourSchemes, showColourScheme } from '../support/colour-scheme.ts';


const fullTitle = (slug: string) => articles.find((a) => a.slug === slug)!.data.title as string;

for (const theme of themes) {
	test(`every link on /themes/${theme.id}/ resolves to an existing page and element`, async ({ page, request }) => {
		await page.goto(`/themes/${theme.id}/`);
		const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(0);
		for (const href of new Set(hrefs)) {
			const url = new URL(href, 'http://site');
			const ids = await idsOn(request, url.pathname);
			if (url.hash) expect(ids.has(decodeURIComponent(url.hash.slice(1))), href).toBe(true);
		}
	});
}

for (const id of CORE_THEMES) {
	test(`/themes/${id}/ quotes and links into at least two analyses`, async ({ page }) => {
		await page.goto(`/themes/${id}/`);
		const linked = await page
			.locator('.theme-passages a.read-in-context')
			.evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!.split('#')[0]))]);
		expect(linked.length).toBeGreaterThanOrEqual(2);
		for (const article of articles) {
			const section = page.locator(`section#${article.slug}`);
			const tagged = themes.find((t) => t.id === id)!.passages[article.slug] ?? [];
			if (tagged.length === 0) await expect(section.locator('.absent-note')).toContainText('does not');
			else await expect(section.locator('.theme-passages > li')).toHaveCount(tagged.length);
		}
	});
}

test('a passage’s theme link lands on its entry, which links back to it', async ({ page }) => {
	const article = 'what-china-wants-and-fears';
	const passage = 'rhetorical-positions-calibrated';
	await page.goto(`/articles/${article}/#${passage}`);
	const block = page.locator(`[id="${passage}"] + .passage-margin > details`);
	await expect(block.locator('summary')).toHaveText('Themes and questions of this paragraph: Neutrality · Sanctions · Europe · 2 questions');
	await expect(block.locator('div > ul a')).toHaveText(['Neutrality', 'Sanctions', 'Europe']);
	await block.locator('summary').click();
	await block.getByRole('link', { name: 'Sanctions', exact: true }).click();
	await expect(page).toHaveURL(`/themes/sanctions/#${article}--${passage}`);
	const entry = page.locator(`[id="${article}--${passage}"]`);
	await expect(entry).toBeInViewport();
	await expect(entry.locator('a.read-in-context')).toHaveAttribute('href', `/articles/${article}/#${passage}`);
});

test('a passage’s themes disclosure lists exactly the same theme’s passages elsewhere, and they land', async ({ page }) => {
	const article = 'china-stake-neutrality-leverage';
	const passage = 'western-observers-argue';
	await page.goto(`/articles/${article}/#${passage}`);
	const details = page.locator(`[id="${passage}"] + .passage-margin > details`);
	await details.locator('summary').click();
	const quotes = details.locator('.compare-list a');
	await expect(quotes.first()).toBeVisible();
	const hrefs = await quotes.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	const taiwan = themes.find((t) => t.id === 'taiwan')!;
	const expected = Object.entries(taiwan.passages)
		.filter(([slug]) => slug !== article)
		.flatMap(([slug, ids]) => ids.map((id) => `/articles/${slug}/#${id}`));
	expect(hrefs).toEqual(expected);
	const first = quotes.first();
	await expect(first).toContainText(fullTitle('what-china-wants-and-fears').slice(0, 16));
	await first.click();
	const target = page.locator(`[id="${expected[0]!.split('#')[1]}"]`);
	await expect(target).toBeInViewport();
	await expect(target).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('a passage’s comparisons are fetched when its disclosure opens, and lie over the margin without moving the text', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const fetched: string[] = [];
	page.on('request', (request) => request.url().endsWith('/comparisons.json') && fetched.push(new URL(request.url()).pathname));
	const article = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;
	await page.goto(article.url);
	// The page carries where to find the lists, not the lists.
	expect(await page.locator('.compare-list').count()).toBe(0);
	expect(fetched).toEqual([]);
	// The longest passage with a themes disclosure, and the passage after it.
	const [passage, next] = await page.evaluate(() => {
		const passages = [...document.querySelectorAll('[data-passage]')];
		const withThemes = passages.filter((p) => p.nextElementSibling?.querySelector('theme-compare'));
		const longest = withThemes.reduce((a, b) => (b.textContent!.length > a.textContent!.length ? b : a));
		return [longest.id, passages[passages.indexOf(longest) + 1]!.id];
	});
	const nextTop = () => page.locator(`[id="${next}"]`).evaluate((el) => el.getBoundingClientRect().top + scrollY);
	const before = await nextTop();
	const details = page.locator(`[id="${passage}"] + .passage-margin > details`);
	await details.locator('summary').click();
	await expect(details.locator('.compare-list a').first()).toBeVisible();
	expect(await nextTop()).toBeCloseTo(before, 1);
	expect(fetched).toEqual([COMPARISONS_PATH]);
	// Escape closes it, back on its summary; opening another fetches nothing more.
	await page.keyboard.press('Escape');
	await expect(details).not.toHaveAttribute('open');
	await expect(details.locator('summary')).toBeFocused();
	const other = page.locator('.passage-margin > details').filter({ has: page.locator('theme-compare') }).first();
	await other.locator('summary').click();
	await expect(other.locator('.compare-list a').first()).toBeVisible();
	expect(fetched).toHaveLength(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a passage’s themes disclosure leads to its entries on the theme pages, which list the other analyses', async ({ page }) => {
		await page.goto('/articles/china-stake-neutrality-leverage/#western-observers-argue');
		const details = page.locator('[id="western-observers-argue"] + .passage-margin > details');
		await details.locator('summary').click();
		const link = details.getByRole('link', { name: 'Taiwan', exact: true });
		await expect(link).toBeVisible();
		await link.click();
		await expect(page).toHaveURL('/themes/taiwan/#china-stake-neutrality-leverage--western-observers-argue');
		await expect(page.locator('.theme-passages a.read-in-context[href^="/articles/what-china-wants-and-fears/"]').first()).toBeVisible();
	});
});

test('the article header lists the themes the analysis touches', async ({ page }) => {
	for (const article of articles) {
		await page.goto(article.url);
		const expected = themes.filter((t) => (t.passages[article.slug] ?? []).length > 0).map((t) => t.title);
		await expect(page.locator('.article-themes .theme-chip')).toHaveText(expected);
	}
});

test('each matrix cell counts the passages it links to, and its position cites tagged passages', async ({ page, request }) => {
	await page.goto('/');
	const cells = page.locator('.theme-matrix tbody td');
	await expect(cells).toHaveCount(themes.length * articles.length);
	for (const theme of themes) {
		const row = page.locator('.theme-matrix tbody tr').filter({ has: page.locator(`th a[href="/themes/${theme.id}/"]`) });
		for (const article of articles) {
			const tagged = theme.passages[article.slug] ?? [];
			const cell = row.locator(`td[data-analysis="${article.data.shortTitle}"]`);
			if (tagged.length === 0) {
				// Not a count, so not a link that looks like one.
				await expect(cell.locator('.matrix-absent')).toHaveText('Not addressed');
				await expect(cell.locator('a.matrix-count')).toHaveCount(0);
			} else {
				const count = cell.locator(`a.matrix-count[href="/themes/${theme.id}/#${article.slug}"]`);
				await expect(count).toHaveText(`${tagged.length} passage${tagged.length === 1 ? '' : 's'}`);
			}
			expect((await idsOn(request, `/themes/${theme.id}/`)).has(article.slug)).toBe(true);
		}
		const cited = await row.locator('td p a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		for (const href of cited) {
			const [, slug, id] = /^\/articles\/([^/]+)\/#(.+)$/.exec(href)!;
			expect(theme.passages[slug!], href).toContain(id);
		}
	}
});

test('the matrix reads as one card per theme on a phone', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('/#themes');
	const table = page.locator('.theme-matrix');
	const overflow = await table.evaluate((el) => el.scrollWidth - el.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(page.locator('.theme-matrix td').first()).toHaveCSS('display', 'block');
});

test('a theme page quotes each passage by the sentence naming the theme, its keyword marked, in the passage’s own words', async ({ page }) => {
	// Every entry's page (every theme's), against every passage: more pages than one test usually loads.
	test.slow();
	const passages = await passageTexts(page);
	for (const theme of themes) {
		await page.goto(`/themes/${theme.id}/`);
		const keys = keywordsOf(theme.id).map((k) => k.toLowerCase());
		const named = (text: string) => keys.some((k) => new RegExp(`(?<![\\p{L}\\p{N}])${k}(?![\\p{L}\\p{N}])`, 'iu').test(text));
		const quotes = await quotesIn(page.locator('.theme-passages > li'), 'blockquote p');
		expect(quotes.length).toBeGreaterThan(0);
		for (const { href, text, marked } of quotes) {
			const passage = passages.get(href)!;
			expect(passage, href).toContain(text);
			for (const words of marked) expect(keys, href).toContain(words.toLowerCase());
			// A passage naming a keyword is quoted where it names one.
			if (named(passage)) expect(marked.length, href).toBeGreaterThan(0);
		}
	}
});

test('the Taiwan page quotes What China Wants by its one sentence on Taiwan, not its opening words', async ({ page }) => {
	await page.goto('/themes/taiwan/');
	const [quote] = await quotesIn(page.locator('[id="what-china-wants-and-fears--summit-concludes-beijing"]'), 'blockquote p');
	expect(quote!.marked).toEqual(['Taiwan']);
	expect(quote!.text).not.toContain('offering to participate in');
	expect(quote!.text).toMatch(/\.$/);
});

test('the other analyses’ passages in a themes disclosure are quoted by their sentences on the theme, whole', async ({ page }) => {
	const passages = await passageTexts(page);
	await page.goto('/articles/what-china-wants-and-fears/#summit-concludes-beijing');
	const details = page.locator('[id="summit-concludes-beijing"] + .passage-margin > details');
	await details.locator('summary').click();
	const links = details.locator('.compare-list a');
	await expect(links.first()).toBeVisible();
	const quotes = await quotesIn(links);
	for (const { href, text } of quotes) {
		expect(passages.get(href), href).toContain(text);
		expect(text, href).not.toMatch(/…$/);
	}
	// Tagged for what it says, not for a keyword: its opening sentences, whole, not “The issue now resurfaces. A frozen conflict in…”.
	const resurfaces = quotes.find((q) => q.href.endsWith('#issue-now-resurfaces'))!;
	expect(resurfaces.text).toMatch(/^The issue now resurfaces\. A frozen conflict in Ukraine, .* in 2028\.$/);
	expect(quotes.find((q) => q.href.endsWith('#outcome-war-carry'))!.marked).toContain('Taiwan');
});

test('the marked words of an open disclosure’s quotes keep their contrast, light and dark', { tag: '@colour-scheme' }, async ({ page }, info) => {
	await page.goto('/articles/what-china-wants-and-fears/#summit-concludes-beijing');
	await page.locator('[id="summit-concludes-beijing"] + .passage-margin > details summary').click();
	await expect(page.locator('.compare-list mark.held').first()).toBeVisible();
	for (const scheme of colourSchemes(info)) {
		await showColourScheme(page, info, scheme);
		expect(await axeViolations(page), scheme).toEqual([]);
	}
});
