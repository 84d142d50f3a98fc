/**
 * Every word the authors wrote finds its article: each distinct word of the body, title, standfirst,
 * byline and bio, searched alone through the built site's Pagefind, and each hyphenated compound as
 * written and with a space for the hyphen. The synopsis is indexed as ours: its questions find their
 * rows, the analyses' words it quotes do not find it. The index is the same whichever browser reads
 * it, so this runs once, in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
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

/** Our words on the synopsis (questions, answers, lines, the page's title), and the analyses' quoted words, from content/questions/. */
function synopsisWords() {
	const folder = path.resolve(import.meta.dirname, '../../content/questions');
	const questions = readdirSync(folder)
		.filter((f) => f.endsWith('.md'))
		.map((file) => ({ ...(parseFrontmatter(readFileSync(path.join(folder, file), 'utf8')).frontmatter as Omit<Question, 'id'>), id: file.replace(/\.md$/, '') }));
	const ours = new Set(
		['Compare the analyses', ...questions.flatMap((q) => [q.question, q.comparison ?? '', ...Object.values(q.answers).flatMap((a) => [a.answer ?? '', a.nearby ?? ''])])]
			.flatMap((text) => typedWords(text.replace(/\]\([^)]*\)/g, ' ')))
			.map((w) => w.toLowerCase()),
	);
	const quoted = new Set(questions.flatMap((q) => Object.values(q.answers).flatMap((a) => (a.quote ? typedWords(a.quote.words) : []))).map((w) => w.toLowerCase()));
	return { questions, ours, quoted };
}

interface Question {
	id: string;
	question: string;
	comparison?: string;
	answers: Record<string, { answer?: string; nearby?: string; quote?: { words: string } }>;
}

test('the synopsis is indexed as our words: each question finds its row, and words only the analyses’ quotes hold do not find it', async ({ page, browserName }) => {
	test.skip(browserName !== 'chromium', INDEX_CHECKED_ONCE);
	const { questions, ours, quoted } = synopsisWords();
	// Words of the quotes that are none of ours, nor, as far as a stem goes, like one of ours.
	const like = (word: string) => [...ours].some((o) => o.startsWith(word.slice(0, Math.max(4, word.length - 3))) || word.startsWith(o.slice(0, Math.max(4, o.length - 3))));
	// Compounds left out: Pagefind finds them by their parts, which may be ours.
	const quotesOnly = [...quoted].filter((w) => !/[-‐‑'’]/.test(w) && !like(w));
	expect(quotesOnly.length).toBeGreaterThan(10);
	await page.goto('/search/');
	const { rows, found } = await page.evaluate(
		async ({ questions, quotesOnly }) => {
			const url = '/pagefind/pagefind.js';
			const pagefind = await import(url);
			type Hit = { url: string; sub_results: Array<{ anchor?: { id: string } }> };
			const pages = async (query: string) => Promise.all((await pagefind.search(query)).results.map((r: { data(): Promise<Hit> }) => r.data())) as Promise<Hit[]>;
			const rows: string[] = [];
			for (const q of questions) {
				const synopsis = (await pages(q.question)).find((hit) => hit.url === '/compare/');
				if (synopsis?.sub_results.some((sub) => sub.anchor?.id === q.id)) rows.push(q.id);
			}
			const found: string[] = [];
			for (const word of quotesOnly) if ((await pages(word)).some((hit) => hit.url === '/compare/')) found.push(word);
			return { rows, found };
		},
		{ questions: questions.map(({ id, question }) => ({ id, question })), quotesOnly },
	);
	expect(rows).toEqual(questions.map((q) => q.id));
	expect(found, 'quoted words that find the synopsis').toEqual([]);
});
