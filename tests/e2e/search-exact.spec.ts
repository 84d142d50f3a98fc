/**
 * Search is exact: a result marks the words that matched on the page it opens (compounds as
 * written, a phrase only where it stands, nothing outside what search indexes), filters narrow
 * passages rather than pages, each filter count is what choosing it leaves, and the engine loads
 * on intent, not with the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articles, themes } from '../support/content.ts';
import { holdBack } from '../support/hold-back.ts';
import { APPARATUS } from '../../src/search/shared/apparatus.ts';

/** The marked words on the page, each run of adjacent marks as one string. */
const markedRuns = (page: Page) =>
	page.evaluate(() => {
		const runs: string[] = [];
		let last: Element | null = null;
		for (const mark of document.querySelectorAll('mark.pagefind-highlight')) {
			const joined = last && last.nextSibling === mark;
			if (joined) runs[runs.length - 1] += mark.textContent;
			else runs.push(mark.textContent ?? '');
			last = mark;
		}
		return runs;
	});

/** Opens the first passage link of a search on the search page, as a reader would. */
async function openFirstResult(page: Page, query: string) {
	await page.goto(`/search/?q=${encodeURIComponent(query)}`);
	const first = page.locator('.search-page .hit-passage a').first();
	await expect(first).toBeVisible();
	const href = (await first.getAttribute('href'))!;
	await first.click();
	await page.waitForURL((url) => url.hash === `#${href.split('#')[1]}`);
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	return href;
}

for (const compound of ['Sino-Russian', 'dual-use', 'sanctions-resistant']) {
	test(`a hit for ${compound} marks "${compound}" where it lands`, async ({ page }) => {
		const href = await openFirstResult(page, compound);
		expect(new URL(href, 'http://x').searchParams.getAll('pagefind-highlight')).toEqual([compound]);
		const passage = page.locator(`[id="${href.split('#')[1]}"]`);
		await expect(passage.locator('mark.pagefind-highlight').first()).toHaveText(compound);
	});
}

test('a link from before (Pagefind wrote compounds without their hyphens) still marks the compound', async ({ page }) => {
	await page.goto('/articles/axis-of-pragmatism/?pagefind-highlight=sinorussian');
	// The marks come after the load event (the highlighter is fetched on arrival).
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	expect(await markedRuns(page)).toEqual(['Sino-Russian']);
});

test('a quoted phrase marks the phrase where it stands and no word of it elsewhere', async ({ page }) => {
	await openFirstResult(page, '"Friends of Peace"');
	const runs = await markedRuns(page);
	expect(runs.length).toBeGreaterThan(0);
	for (const run of runs) expect(run.toLowerCase()).toBe('friends of peace');
});

test('nothing outside what search indexes is marked: no chrome, no notes, no comparisons', async ({ page }) => {
	await page.goto(`/articles/what-china-wants-and-fears/?pagefind-highlight=China&pagefind-highlight=Themes&pagefind-highlight=Cite`);
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	const stray = await page.evaluate(
		(apparatus) => [...document.querySelectorAll('mark.pagefind-highlight')].filter((m) => !m.closest('[data-pagefind-body]') || m.closest(apparatus)).length,
		APPARATUS,
	);
	expect(stray).toBe(0);
	await expect(page.locator('.site-header mark, .passage-margin > details mark, .cite-article mark')).toHaveCount(0);
});

/** A question of the synopsis's themes, from its file (content/questions/<id>.md). */
const questionThemes = (id: string): string[] =>
	parseFrontmatter(readFileSync(path.resolve(import.meta.dirname, '../../content/questions', `${id}.md`), 'utf8')).frontmatter.themes;

test('a theme filter lists only passages tagged with that theme, explainers and questions of that theme', async ({ page }) => {
	const taiwan = themes.find((t) => t.id === 'taiwan')!;
	// "China" is in passages of every theme, and in passages of no theme.
	await page.goto('/search/?q=China&theme=Taiwan');
	await expect(page.locator('.search-summary')).toHaveText(/^\d+ results? for China$/);
	const hrefs = await page.locator('.search-page .search-hit a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) {
		const url = new URL(href, 'http://x');
		if (url.pathname.startsWith('/themes/')) {
			expect(url.pathname).toBe('/themes/taiwan/');
			continue;
		}
		if (url.pathname === '/compare/') {
			expect(questionThemes(url.hash.slice(1)), href).toContain('taiwan');
			continue;
		}
		const slug = url.pathname.split('/')[2]!;
		expect(taiwan.passages[slug] ?? [], href).toContain(decodeURIComponent(url.hash.slice(1)));
	}
});

test('an analysis filter lists only that analysis’s passages, and the editorial pages on it', async ({ page }) => {
	const analysis = articles.find((a) => a.slug === 'what-china-wants-and-fears')!;
	await page.goto(`/search/?q=China&analysis=${encodeURIComponent(analysis.data.shortTitle)}`);
	await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
	const hrefs = await page.locator('.search-page .search-hit a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	for (const href of hrefs) expect(href).toMatch(new RegExp(`^(${analysis.url}|/themes/|/people/|/compare/)`));
	expect(hrefs.some((href) => href.startsWith(analysis.url))).toBe(true);
});

test('every filter count is the number of results choosing it leaves', async ({ page }) => {
	// Two searches for each of the twelve values.
	test.setTimeout(120_000);
	await page.goto('/search/?q=sanctions');
	const summary = page.locator('.search-summary');
	await expect(summary).toHaveText(/results? for sanctions/);
	// Read every count before choosing any: while a filter is on, the counts beside the others differ.
	const unfiltered = (await summary.textContent())!;
	const labels = page.locator('.search-page .facet label');
	const counts = (await labels.locator('.facet-count').allTextContents()).map(Number);
	expect(counts).toHaveLength(await labels.count());
	for (const [i, count] of counts.entries()) {
		const label = labels.nth(i);
		await label.click();
		if (count === 0) await expect(summary).toHaveText('No results for sanctions');
		else await expect(summary).toHaveText(`${count} result${count === 1 ? '' : 's'} for sanctions`);
		await expect(page.locator('.search-hits > .search-hit')).toHaveCount(count);
		await label.click();
		await expect(summary).toHaveText(unfiltered);
	}
});

test('the dialog names each passage by its section, and its excerpt reaches the words in two lines or more at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/themes/europe/');
	await page.getByRole('link', { name: 'Search' }).click();
	await page.keyboard.type('Kallas');
	const passages = page.locator('.search-dialog .hit-passage');
	await expect(passages.first()).toBeVisible();
	for (const passage of await passages.all()) {
		const label = (await passage.locator('a').textContent())!;
		const excerpt = passage.locator('.hit-excerpt');
		expect((await excerpt.textContent())!.startsWith(label.slice(0, 20)), 'the label repeats the excerpt').toBe(false);
		const [lines, markInside] = await excerpt.evaluate((p) => {
			const box = p.getBoundingClientRect();
			const mark = p.querySelector('mark')!.getBoundingClientRect();
			return [box.height / parseFloat(getComputedStyle(p).lineHeight), mark.top >= box.top && mark.bottom <= box.bottom && mark.right <= box.right];
		});
		expect(lines).toBeGreaterThanOrEqual(2);
		expect(markInside).toBe(true);
	}
});

test('a hostile query typed into the dialog renders as text', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	await page.goto('/articles/axis-of-pragmatism/');
	await page.keyboard.press('/');
	await page.keyboard.type('<img src=x onerror=alert(1)> "><script>alert(1)</script> China');
	await expect(page.locator('.search-dialog .search-summary')).toContainText('for <img src=x');
	expect(dialogs).toBe(0);
	await expect(page.locator('.search-dialog img, .search-dialog script')).toHaveCount(0);
});

test('the engine loads on intent, not with the page', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	// The engine is a worker: the page records each worker it starts, as it starts it.
	await page.addInitScript(() => {
		const started: string[] = ((window as unknown as { started: string[] }).started = []);
		window.Worker = class extends Worker {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				started.push(String(url));
			}
		};
	});
	const workers = () => page.evaluate(() => (window as unknown as { started: string[] }).started);
	await page.clock.install();
	await page.goto('/articles/axis-of-pragmatism/');
	await page.waitForLoadState('load');
	// Whatever the page left for later (timers, idle callbacks, animation frames) has run, and started nothing.
	await page.clock.runFor(60_000);
	expect(await workers()).toEqual([]);
	await page.getByRole('link', { name: 'Search' }).hover();
	await expect.poll(async () => (await workers()).length).toBe(1);
	await expect.poll(() => fetched).toContain('/pagefind/pagefind.js');
});

test('Enter in the dialog’s box opens the first result, with its words marked', async ({ page }) => {
	await page.goto('/themes/taiwan/');
	await page.keyboard.press('/');
	await page.keyboard.type('Dragonbear');
	const first = page.locator('.search-dialog .search-hits a').first();
	await expect(first).toBeVisible();
	const href = (await first.getAttribute('href'))!;
	await page.keyboard.press('Enter');
	await page.waitForURL((url) => url.pathname + url.search + url.hash === href);
	await expect(page.locator('mark.pagefind-highlight').first()).toHaveText('Dragonbear');
});

test('a click outside the dialog closes it, even before its search code has come; a click on its own margin does not', async ({ page }) => {
	// The code fetched on opening is held back until the end: closing must not wait for it (CI caught that race).
	const code = await holdBack(page, '**/_astro/dialog.*.js');
	await page.goto('/themes/europe/');
	await page.keyboard.press('/');
	const dialog = page.locator('dialog.search-dialog');
	await expect(dialog).toBeVisible();
	await expect.poll(code.held, 'the dialog asked for its code, held back').toBe(1);
	const box = (await dialog.boundingBox())!;
	await page.mouse.click(box.x + 3, box.y + box.height - 3);
	await expect(dialog).toBeVisible();
	await page.mouse.click(box.x + box.width / 2, box.y + box.height + 40);
	await expect(dialog).toBeHidden();
	code.release();
});

test('when the search code cannot load, the dialog says so and keeps its link to the full search', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto('/articles/axis-of-pragmatism/');
	await page.keyboard.press('/');
	await page.keyboard.type('China');
	await expect(page.locator('.search-dialog .search-summary')).toHaveText(/^Search could not load here\./);
	await expect(page.locator('.search-dialog a.full-search-link')).toHaveAttribute('href', '/search/?q=China');
});

test('a passage’s label gives the number its page shows in the margin, as its citation does', async ({ page, context }) => {
	await page.goto('/search/?q=Beijing');
	const links = page.locator('.search-page .hit-passage a');
	await expect(links.first()).toBeVisible();
	const labels = await links.evaluateAll((as) => as.map((a) => [a.textContent!, a.getAttribute('href')!] as const));
	expect(labels.length).toBeGreaterThan(3);
	const reader = await context.newPage();
	for (const [label, href] of labels.filter(([l]) => l.startsWith('¶')).slice(0, 4)) {
		const [, number] = /^¶ (\d+)(?: · |$)/.exec(label)!;
		await reader.goto(href);
		const id = decodeURIComponent(new URL(href, page.url()).hash.slice(1));
		await expect(reader.locator(`[id="${id}"] > .passage-link`), label).toHaveText(number!);
		await expect(reader.locator(`[id="${id}"] > .passage-link`), label).toHaveAttribute('aria-label', `Link to paragraph ${number}`);
	}
});
