import { describe, expect, it } from 'vitest';
import type { CitableArticle } from '../../../src/citation/citation.ts';
import { quoteAttribution, quoteWithSource } from '../../../src/citation/quote.ts';

const edition = { name: 'An Edition', url: 'https://example.org/', lang: 'en' };
const day = new Date('2025-02-25T00:00:00Z');
const article: CitableArticle = {
	id: 'a',
	title: 'A Title',
	titleSuppliedByEditors: true,
	byline: 'Nataliya Butyrska',
	author: { given: 'Nataliya', family: 'Butyrska' },
	published: { earliest: day, latest: day },
	originalUrl: null,
	url: 'https://example.org/articles/a/',
	description: '',
	summary: '',
};

describe('quotes with their source', () => {
	it('attribute to a named author only, with the supplied title in brackets', () => {
		expect(quoteAttribution(article, edition)).toBe('Nataliya Butyrska, “[A Title]”, An Edition');
		expect(quoteAttribution({ ...article, byline: 'Correspondent', author: null, titleSuppliedByEditors: false }, edition)).toBe('“A Title”, An Edition');
	});

	it('quote one paragraph in quotation marks, then the source and the link', () => {
		const quote = quoteWithSource({ text: 'Beijing waits.', html: 'Beijing waits.' }, { attribution: 'X, “T”', url: 'https://e.org/a/#p' });
		expect(quote.text).toBe('“Beijing waits.”\n\n— X, “T”\nhttps://e.org/a/#p');
		expect(quote.html).toBe('<blockquote cite="https://e.org/a/#p">Beijing waits.</blockquote>\n<p>— <cite>X, “T”</cite>, <a href="https://e.org/a/#p">https://e.org/a/#p</a></p>');
	});

	it('open each paragraph of a longer quote and close only the last', () => {
		const { text } = quoteWithSource({ text: 'One.\n\nTwo.\n\nThree.', html: '' }, { attribution: 'S', url: 'u' });
		expect(text.split('\n\n— ')[0]).toBe('“One.\n\n“Two.\n\n“Three.”');
	});

	it('escape the source and the link in HTML', () => {
		const { html } = quoteWithSource({ text: 'w', html: 'w' }, { attribution: 'A & B <i>', url: 'https://e.org/?a="b"&c' });
		expect(html).toContain('cite="https://e.org/?a=&quot;b&quot;&amp;c"');
		expect(html).toContain('<cite>A &amp; B &lt;i&gt;</cite>');
	});
});
