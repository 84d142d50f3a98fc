/**
 * Quoting the words that matter, on the real content: every quote the site shows as evidence (a
 * theme's passages and comparison lists by its keywords, a register role, an event's or a
 * question's quoted words) is the passage's own text, whole sentences holding those words marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { renderArticles } from '../../../src/passages/registry-sync.ts';
import { readRegistry } from '../../../src/passages/registry-file.ts';
import { ARTICLES_DIR, CONTENT_DIR, REGISTRY_PATH } from '../../../src/config/content-paths.ts';
import { type Holding, quoteSentences, type SentenceQuote } from '../../../src/text/sentences.ts';
import { quotedSentences } from '../../../src/editorial/quoted-sentences.ts';

const registry = readRegistry(REGISTRY_PATH);
const passages = new Map(
	(await renderArticles(registry, ARTICLES_DIR)).flatMap(({ key, passages }) => passages.map((p, i) => [`${key}#${registry.articles[key]!.passages[i]!.id}`, p.text] as const)),
);
const textOf = (article: string, id: string) => passages.get(`${article}#${id}`)!;
const frontmatterOf = (folder: string) =>
	readdirSync(path.join(CONTENT_DIR, folder)).map((file) => ({ id: file.replace(/\.md$/, ''), ...parseFrontmatter(readFileSync(path.join(CONTENT_DIR, folder, file), 'utf8')).frontmatter }) as Record<string, any>);

const shownText = (quote: SentenceQuote) => quote.parts.map((p) => p.text).join('');
const marked = (quote: SentenceQuote) => quote.parts.filter((p) => p.marked).map((p) => p.text);

/** Every quote the content asks for: the passage, and the words or keywords it is quoted for. */
const quotes: Array<{ what: string; text: string; holding: Holding }> = [
	...frontmatterOf('themes').flatMap((theme) =>
		Object.entries(theme.passages as Record<string, Array<{ id: string }>>).flatMap(([article, tagged]) =>
			tagged.map(({ id }) => ({ what: `theme ${theme.id}: ${article}#${id}`, text: textOf(article, id), holding: { keywords: theme.keywords as string[] } })),
		),
	),
	...frontmatterOf('register').flatMap((entry) =>
		(entry.roles ?? []).map((r: any) => ({ what: `role of ${entry.id}`, text: textOf(r.article, r.passage), holding: { words: r.words } })),
	),
	...frontmatterOf('events').flatMap((event) =>
		event.passages.map((p: any) => ({ what: `event ${event.id}: ${p.words}`, text: textOf(p.article, p.passage), holding: { words: p.words } })),
	),
	...frontmatterOf('questions').flatMap((question) =>
		Object.entries(question.answers as Record<string, any>)
			.filter(([, answer]) => answer.quote)
			.map(([article, { quote }]) => ({ what: `question ${question.id}`, text: textOf(article, quote.passage), holding: { words: quote.words } })),
	),
];

describe('quotes of the real passages', () => {
	it('are each one stretch of the passage’s own text, whole sentences', () => {
		expect(quotes.length).toBeGreaterThan(60);
		for (const { what, text, holding } of quotes) {
			const quote = quoteSentences(text, holding);
			expect(text.slice(quote.start, quote.end), what).toBe(shownText(quote));
			expect(text, what).toContain(shownText(quote));
			expect([quote.cutBefore, quote.cutAfter], what).toEqual([false, false]);
		}
	});

	it('mark the exact words a role, an event or a question quotes', () => {
		for (const { what, text, holding } of quotes.filter((q) => 'words' in q.holding)) {
			const quote = quoteSentences(text, holding);
			expect(quote.opening, what).toBe(false);
			expect(marked(quote).join(' ').replace(/\s+/g, ' '), what).toBe((holding as { words: string }).words);
		}
	});

	it('show the Taiwan theme the sentence of What China Wants that names Taiwan, not its opening', () => {
		const quote = quoteSentences(textOf('what-china-wants-and-fears', 'summit-concludes-beijing'), { keywords: ['Taiwan'] });
		expect(marked(quote)).toEqual(['Taiwan']);
		expect(shownText(quote)).not.toMatch(/^The summit concludes/);
	});

	it('show Lin Jian’s mention as the whole sentence of what he is reported to have said', () => {
		const text = textOf('china-stake-neutrality-leverage', 'telephone-conversation-brazilian');
		const start = text.indexOf('Lin Jian');
		const quote = quoteSentences(text, { span: { start, end: start + 'Lin Jian'.length } });
		expect(shownText(quote)).toBe(
			'This position was reinforced by Chinese Foreign Ministry spokesperson Lin Jian, who stated that Beijing supports all efforts for peace, welcomes US-Russia engagement, and hopes for the swift achievement of a just and lasting agreement.',
		);
		expect(marked(quote)).toEqual(['Lin Jian']);
	});

	it('show a passage tagged without a keyword by its opening sentences, whole', () => {
		const text = textOf('china-stake-neutrality-leverage', 'issue-now-resurfaces');
		for (const keywords of [['Taiwan'], ['sanction', 'sanctions']]) {
			const quote = quoteSentences(text, { keywords });
			expect(quote.opening).toBe(true);
			expect(shownText(quote)).toMatch(/^The issue now resurfaces\. A frozen conflict in Ukraine, .* in 2028\.$/);
		}
	});
});

describe('quotedSentences', () => {
	const html = (text: string, holding: Holding) => toHtml({ type: 'root', children: quotedSentences(quoteSentences(text, holding)) });

	it('marks the held words quietly, the rest as text, escaped', () => {
		expect(html('Say “Taiwan” <b>. Other.', { keywords: ['Taiwan'] })).toBe('Say “<mark class="held">Taiwan</mark>” &#x3C;b>.');
	});

	it('shows an ellipsis only where a sentence is cut', () => {
		const long = Array.from({ length: 300 }, (_, i) => (i === 150 ? 'Taiwan' : `w${i}`)).join(' ');
		expect(html(long, { keywords: ['Taiwan'] })).toMatch(/^…w120 .* w180…$/);
	});
});
