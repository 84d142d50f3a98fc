/**
 * Every word the authors wrote finds its article: each distinct word of the body, title, standfirst,
 * byline and bio, searched alone through the built site's Pagefind, and each hyphenated compound as
 * written and with a space for the hyphen. The index is the same whichever browser reads it, so
 * this runs once, in Chromium.
 */
import { expect, test } from '@playwright/test';
import { expectedBodyLines } from '../support/fidelity.ts';
import { articles, headerLines } from '../support/content.ts';
import { INDEX_CHECKED_ONCE } from '../support/skips.ts';

/** A line's words as a reader would type them: split at spaces and dashes, outer punctuation off. */
const typedWords = (line: string) =>
	line
		.split(/[\s\u2012-\u2015\u2212]+/u)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter((w) => /[\p{L}\p{N}]/u.test(w));

test('every word of every article finds that article, compounds with or without their hyphen', async ({ page, browserName }) => {
	test.skip(browserName !== 'chromium', INDEX_CHECKED_ONCE);
	test.setTimeout(120_000);
	const queries = articles.map((article) => {
		const header = headerLines(article);
		const lines = [...expectedBodyLines(article.source, { headerLines: header, chrome: article.data.source.chrome }), ...header.slice(0, 4).filter((l): l is string => Boolean(l))];
		const words = new Set(lines.flatMap(typedWords));
		for (const word of [...words]) if (word.includes('-')) words.add(word.replaceAll('-', ' '));
		return { url: article.url, words: [...words] };
	});
	await page.goto('/search/');
	const missing = await page.evaluate(async (queries) => {
		const url = '/pagefind/pagefind.js';
		const pagefind = await import(url);
		const urlOf = new Map<string, string>();
		const missing: string[] = [];
		for (const { url, words } of queries) {
			for (const word of words) {
				const { results } = await pagefind.search(word);
				const urls = await Promise.all(
					results.map(async (r: { id: string; data(): Promise<{ url: string }> }) => urlOf.get(r.id) ?? (await r.data()).url),
				);
				results.forEach((r: { id: string }, i: number) => urlOf.set(r.id, urls[i]!));
				if (!urls.includes(url)) missing.push(`${word} (${url})`);
			}
		}
		return missing;
	}, queries);
	const searched = queries.reduce((n, q) => n + q.words.length, 0);
	console.log(`${searched} words searched, ${missing.length} not found`);
	expect(missing, `words that do not find their article (${missing.length} of ${searched})`).toEqual([]);
});
