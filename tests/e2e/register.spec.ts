/**
 * The register of people and organisations, read from the built site against the committed
 * entry files: every entry has its page, every mention of its forms in the analyses is listed
 * there, and the first mention in each analysis links to it.
 */
import { expect, type Page, test } from '@playwright/test';
import { idsOn } from '../support/page-ids.ts';
import { articles, register } from '../support/content.ts';
import { APPARATUS } from '../../src/search/shared/apparatus.ts';
import { passageTexts, quotesIn } from '../support/quoted.ts';


/** Each passage of an article page as the reader sees its words (without the ¶ link), in order. */
const passagesOf = (page: Page) =>
	page.locator('.article-body [data-passage]').evaluateAll(
		(elements, apparatus) =>
			elements.map((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				for (const ours of copy.querySelectorAll(apparatus)) ours.remove();
				return { id: el.id, text: copy.textContent ?? '' };
			}),
		APPARATUS,
	);

/**
 * Where the register's forms stand in a text, written here from the rules the register states
 * (whole words, exact case, a longer form taking the words of a shorter one it contains), not
 * with the site's matcher.
 */
function occurrences(text: string) {
	const found: Array<{ entry: string; start: number; end: number }> = [];
	for (const entry of register) {
		for (const form of entry.forms) {
			for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
				const before = text[at - 1] ?? ' ';
				const after = text[at + form.length] ?? ' ';
				if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push({ entry: entry.id, start: at, end: at + form.length });
			}
		}
	}
	return found.filter((o) => !found.some((other) => other !== o && other.start <= o.start && other.end >= o.end && other.end - other.start > o.end - o.start));
}

test('/people/ lists every entry, grouped, with its passages per analysis', async ({ page }) => {
	await page.goto('/people/');
	await expect(page.locator('h2')).toHaveText(['People', 'States and governments', 'Organisations and groups']);
	const names = await page.locator('.register-name').allTextContents();
	expect(names.toSorted()).toEqual(register.map((e) => e.name).toSorted());
	const wang = page.locator('.register-list > li').filter({ has: page.getByRole('link', { name: 'Wang Yi', exact: true }) });
	await expect(wang).toContainText('“Chinese Foreign Minister”');
	const stake = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!.data.shortTitle;
	await expect(wang.locator('.register-counts')).toHaveText(`${stake}: 1`);
});

for (const entry of register) {
	test(`${entry.url}: names, roles quoted from their passages, and links that all resolve`, async ({ page, request }) => {
		await page.goto(entry.url);
		await expect(page.locator('h1')).toHaveText(entry.name);
		for (const spelling of [...entry.forms.filter((f) => f !== entry.name), ...entry.otherForms]) {
			await expect(page.locator('.register-forms')).toContainText(spelling);
		}
		// Each role quoted by the sentence that holds its words, those words marked.
		const roles = await quotesIn(page.locator('.register-roles-list a'));
		expect(roles.map((r) => r.href)).toEqual(entry.roles.map((role) => `/articles/${role.article}/#${role.passage}`));
		for (const [i, role] of entry.roles.entries()) {
			expect(roles[i]!.marked).toEqual([role.words]);
			expect(roles[i]!.text).toContain(role.words);
		}
		const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		for (const href of new Set(hrefs)) {
			const url = new URL(href, 'http://site');
			const ids = await idsOn(request, url.pathname);
			if (url.hash) expect(ids.has(decodeURIComponent(url.hash.slice(1))), href).toBe(true);
		}
	});
}

for (const article of articles) {
	test(`every mention in ${article.url} is listed on its entry's page, and the first links there`, async ({ page, request }) => {
		await page.goto(article.url);
		const passages = await passagesOf(page);
		const expected = new Map<string, string[]>();
		for (const { id, text } of passages) {
			for (const entry of new Set(occurrences(text).map((o) => o.entry))) expected.set(entry, [...(expected.get(entry) ?? []), id]);
		}
		expect(expected.size).toBeGreaterThan(5);

		for (const [entry, ids] of expected) {
			// The passages list, not the roles quoted above it.
			const listed = (await request.get(`/people/${entry}/`).then((r) => r.text())).split('id="passages-heading"')[1]!;
			const here = [...listed.matchAll(new RegExp(`href="${article.url}#([a-z0-9-]+)"[^>]*><q[ >]`, 'g'))].map((m) => m[1]);
			expect(here, entry).toEqual(ids);
		}

		// One link per entry, on its first mention: the first passage that mentions it holds it.
		const links = await page.locator('.article-body a.mention').evaluateAll((as) =>
			as.map((a) => ({ href: a.getAttribute('href'), words: a.textContent, passage: a.closest('[data-passage]')!.id })),
		);
		expect(links.map((l) => l.href).toSorted()).toEqual([...expected.keys()].map((e) => `/people/${e}/`).toSorted());
		for (const link of links) {
			const entry = register.find((e) => link.href === e.url)!;
			expect(entry.forms).toContain(link.words);
			expect(link.passage, entry.id).toBe(expected.get(entry.id)![0]);
		}
	});
}

test('a first mention lands on its entry, quietly styled in the text', async ({ page }) => {
	await page.goto('/articles/china-stake-neutrality-leverage/');
	const mention = page.locator('.article-body a.mention', { hasText: 'Kaja Kallas' });
	const [colour, textColour] = await mention.evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a.parentElement!).color]);
	expect(colour).toBe(textColour);
	await mention.click();
	await expect(page).toHaveURL('/people/kaja-kallas/');
	await expect(page.locator('h1')).toHaveText('Kaja Kallas');
	await expect(page.locator('.register-note')).toContainText('(ours)');
	await expect(page.locator('.register-note .note-sources a')).toHaveCount(2);
});

for (const [query, entry] of [
	['Zelensky', 'volodymyr-zelenskyy'],
	['Zelenskiy', 'volodymyr-zelenskyy'],
	['SCO', 'shanghai-cooperation-organization'],
]) {
	test(`searching “${query}” finds ${entry}’s page`, async ({ page }) => {
		await page.goto(`/search/?q=${query}`);
		const hit = page.locator('.search-page .search-hit').first();
		await expect(hit).toBeVisible();
		await expect(hit.locator('a').first()).toHaveAttribute('href', new RegExp(`^/people/${entry}/`));
	});
}

test('an entry quotes each passage by the sentence that mentions it, in the passage’s own words', async ({ page }) => {
	// Every entry's page (every theme's), against every passage: more pages than one test usually loads.
	test.slow();
	const passages = await passageTexts(page);
	for (const entry of register) {
		await page.goto(entry.url);
		for (const { href, text, marked } of await quotesIn(page.locator('.register-passages a, .register-roles-list a'))) {
			expect(passages.get(href), `${entry.id}: ${href}`).toContain(text);
			expect(marked, `${entry.id}: ${href}`).toHaveLength(1);
		}
	}
});

test('Lin Jian’s entry quotes the whole sentence of what he is reported to have said', async ({ page }) => {
	await page.goto('/people/lin-jian/');
	const [quote] = await quotesIn(page.locator('.register-passages a[href$="#telephone-conversation-brazilian"]'));
	expect(quote!.marked).toEqual(['Lin Jian']);
	expect(quote!.text).toBe(
		'This position was reinforced by Chinese Foreign Ministry spokesperson Lin Jian, who stated that Beijing supports all efforts for peace, welcomes US-Russia engagement, and hopes for the swift achievement of a just and lasting agreement.',
	);
	const [role] = await quotesIn(page.locator('.register-roles-list a'));
	expect(role).toEqual({ ...quote, marked: ['Chinese Foreign Ministry spokesperson'] });
});
