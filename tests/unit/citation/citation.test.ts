import { describe, expect, it } from 'vitest';
import { articleJsonLd, type CitableArticle, citationMetaTags, citationTemplate, formatCitation, jsonForScript } from '../../../src/citation/citation.ts';
import { fillCitation, formatAccessDate, passageUrl, selectionUrl } from '../../../src/reading/links.ts';

const edition = { name: 'An Edition', url: 'https://example.org/', lang: 'en' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const signed: CitableArticle = {
	title: 'Axis of Pragmatism',
	titleSuppliedByEditors: false,
	byline: 'Correspondent',
	published: { earliest: day('2025-02-25'), latest: day('2025-02-25') },
	updated: { earliest: day('2025-02-27'), latest: day('2025-02-27') },
	originalUrl: 'https://news.example/axis',
	url: 'https://example.org/articles/axis/',
	description: 'About the axis.',
};

const unsigned: CitableArticle = {
	title: 'An Editor’s Title',
	titleSuppliedByEditors: true,
	byline: null,
	published: { earliest: day('2025-08-18'), latest: day('2025-08-31'), display: 'late August 2025' },
	originalUrl: null,
	url: 'https://example.org/articles/untitled/',
	description: 'No byline.',
};

describe('citations', () => {
	it('give byline, title, date as known, updated date, edition, URL and access date', () => {
		const text = formatCitation(signed, edition, { url: 'https://example.org/articles/axis/#p', accessed: '24 November 2026' });
		expect(text).toBe(
			'Correspondent, “Axis of Pragmatism”, 25 February 2025 (updated 27 February 2025). An Edition, https://example.org/articles/axis/#p (accessed 24 November 2026).',
		);
	});

	it('mark an editor-supplied title, say when there is no byline, and keep an imprecise date imprecise', () => {
		const text = formatCitation(unsigned, edition, { url: 'u', accessed: 'a' });
		expect(text).toMatch(/^Unsigned, “An Editor’s Title” \[title supplied by the editors\], late August 2025\. /);
		expect(text).not.toMatch(/\d{1,2} August 2025/);
	});

	it('can be prepared at build time and completed in the browser', () => {
		const template = citationTemplate(unsigned, edition);
		const url = passageUrl(unsigned.url, 'some-id');
		expect(fillCitation(template, url, '1 May 2026')).toBe(formatCitation(unsigned, edition, { url, accessed: '1 May 2026' }));
	});
});

describe('links', () => {
	it('put the passage id after the article URL, replacing any fragment', () => {
		expect(passageUrl('https://example.org/articles/axis/', 'shifting-currents')).toBe('https://example.org/articles/axis/#shifting-currents');
		expect(passageUrl('https://example.org/articles/axis/#old', 'new')).toBe('https://example.org/articles/axis/#new');
	});

	it('append a text directive after :~:', () => {
		expect(selectionUrl('https://example.org/a/', 'p1', 'text=x')).toBe('https://example.org/a/#p1:~:text=x');
	});

	it('word the access date as day, month and year', () => {
		expect(formatAccessDate(new Date(2026, 10, 24))).toBe('24 November 2026');
	});
});

describe('metadata for reference managers', () => {
	it('gives Google Scholar the title, byline, date at its known precision and the page URL', () => {
		expect(Object.fromEntries(citationMetaTags(signed, edition))).toEqual({
			citation_title: 'Axis of Pragmatism',
			citation_author: 'Correspondent',
			citation_publication_date: '2025/02/25',
			citation_fulltext_html_url: 'https://example.org/articles/axis/',
			citation_language: 'en',
		});
		const tags = citationMetaTags(unsigned, edition);
		expect(tags.find(([name]) => name === 'citation_author')).toBeUndefined();
		expect(Object.fromEntries(tags).citation_publication_date).toBe('2025/08');
	});

	it('describes the page as a schema.org Article, based on the original only where its address is known', () => {
		const ld = articleJsonLd(signed, edition);
		expect(ld).toMatchObject({
			'@type': 'Article',
			headline: 'Axis of Pragmatism',
			author: { '@type': 'Person', name: 'Correspondent' },
			datePublished: '2025-02-25',
			dateModified: '2025-02-27',
			url: signed.url,
			isBasedOn: { url: 'https://news.example/axis' },
		});
		const bare = articleJsonLd(unsigned, edition);
		expect(bare).not.toHaveProperty('author');
		expect(bare).not.toHaveProperty('isBasedOn');
		expect(bare.datePublished).toBe('2025-08');
	});

	it('cannot close its script element', () => {
		const json = jsonForScript({ headline: '</script><script>alert(1)</script>' });
		expect(json).not.toContain('</script');
		expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
	});
});
