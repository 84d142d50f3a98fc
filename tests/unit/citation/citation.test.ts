import { describe, expect, it } from 'vitest';
import { articleJsonLd, type CitableArticle, citationMetaTags, citationTemplate, formatCitation, jsonForScript } from '../../../src/citation/citation.ts';
import { fillCitation, formatAccessDate, passageUrl, rangeUrl, selectionUrl } from '../../../src/reading/links.ts';

const edition = { name: 'An Edition', url: 'https://example.org/', lang: 'en' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const signed: CitableArticle = {
	id: 'axis',
	title: 'Axis of Pragmatism',
	titleSuppliedByEditors: false,
	byline: 'Correspondent',
	author: null,
	published: { earliest: day('2025-02-25'), latest: day('2025-02-25') },
	updated: { earliest: day('2025-02-27'), latest: day('2025-02-27') },
	originalUrl: 'https://news.example/axis',
	url: 'https://example.org/articles/axis/',
	description: 'About the axis.',
	summary: 'Reads the call.',
};

const unsigned: CitableArticle = {
	id: 'untitled',
	title: 'An Editor’s Title',
	titleSuppliedByEditors: true,
	byline: null,
	author: null,
	published: { earliest: day('2025-08-18'), latest: day('2025-08-31'), display: 'late August 2025' },
	originalUrl: null,
	url: 'https://example.org/articles/untitled/',
	description: 'No byline.',
	summary: 'Argues a point.',
};

/** A person named in the byline, and a title the editors supplied. */
const named: CitableArticle = {
	...unsigned,
	id: 'named',
	title: 'A Trump–Putin Deal',
	byline: 'Nataliya Butyrska',
	author: { given: 'Nataliya', family: 'Butyrska' },
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
		const passage = fillCitation(citationTemplate(unsigned, edition, 'passage'), url, '1 May 2026', '11');
		expect(passage).toBe(formatCitation(unsigned, edition, { url, accessed: '1 May 2026', paragraph: '11' }));
		expect(passage).toContain('late August 2025, ¶ 11. An Edition, https://example.org/articles/untitled/#some-id (accessed 1 May 2026).');
	});
});

describe('links', () => {
	it('put the passage id after the article URL, replacing any fragment', () => {
		expect(passageUrl('https://example.org/articles/axis/', 'shifting-currents')).toBe('https://example.org/articles/axis/#shifting-currents');
		expect(passageUrl('https://example.org/articles/axis/#old', 'new')).toBe('https://example.org/articles/axis/#new');
	});

	it('name a range of passages by its last in the query and its first in the fragment', () => {
		expect(rangeUrl('https://example.org/articles/axis/#old', 'first-id', 'last-id')).toBe('https://example.org/articles/axis/?through=last-id#first-id');
	});

	it('append a text directive after :~:', () => {
		expect(selectionUrl('https://example.org/a/', 'p1', 'text=x')).toBe('https://example.org/a/#p1:~:text=x');
	});

	it('word the access date as day, month and year', () => {
		expect(formatAccessDate(new Date(2026, 10, 24))).toBe('24 November 2026');
	});
});

/** Each Dublin Core tag and the citation_* tag that must say the same. */
const DUBLIN_CORE_TWINS: Array<[string, string]> = [
	['DC.title', 'citation_title'],
	['DC.creator', 'citation_author'],
	['DC.date', 'citation_publication_date'],
	['DC.language', 'citation_language'],
];

describe('metadata for reference managers', () => {
	it('name a person only where the byline names one, in the form “Family, Given”', () => {
		const tags = (article: CitableArticle) => Object.fromEntries(citationMetaTags(article, edition));
		expect(tags(named)).toMatchObject({ citation_author: 'Butyrska, Nataliya', 'DC.creator': 'Butyrska, Nataliya' });
		for (const nobody of [signed, unsigned]) {
			expect(tags(nobody)).not.toHaveProperty('citation_author');
			expect(tags(nobody)).not.toHaveProperty('DC.creator');
		}
	});

	it('keep a signature that names no person in the abstract, our summary said to be ours', () => {
		const abstract = (article: CitableArticle) => Object.fromEntries(citationMetaTags(article, edition)).citation_abstract;
		expect(abstract(signed)).toBe('Summary by the edition’s editors: Reads the call. Signed “Correspondent”.');
		expect(abstract(unsigned)).toBe('Summary by the edition’s editors: Argues a point. Unsigned.');
		expect(abstract(named)).toBe('Summary by the edition’s editors: Argues a point.');
	});

	it('give the full tag set of an analysis: bracketed supplied title, ISO date at its precision, language, URLs', () => {
		expect(citationMetaTags(named, edition)).toEqual([
			['DC.title', '[A Trump–Putin Deal]'],
			['citation_title', '[A Trump–Putin Deal]'],
			['DC.creator', 'Butyrska, Nataliya'],
			['citation_author', 'Butyrska, Nataliya'],
			['DC.date', '2025-08'],
			['citation_publication_date', '2025-08'],
			['DC.language', 'en'],
			['citation_language', 'en'],
			['citation_abstract', 'Summary by the edition’s editors: Argues a point.'],
			['citation_public_url', 'https://example.org/articles/untitled/'],
			['citation_fulltext_html_url', 'https://example.org/articles/untitled/'],
		]);
		expect(Object.fromEntries(citationMetaTags(signed, edition)).citation_publication_date).toBe('2025-02-25');
	});

	it('say the same in Dublin Core as in the citation_* tags, and never name a journal', () => {
		for (const article of [signed, unsigned, named]) {
			const tags = Object.fromEntries(citationMetaTags(article, edition));
			for (const [dc, highwire] of DUBLIN_CORE_TWINS)
				expect(tags[dc], dc).toBe(tags[highwire]);
			expect(tags).not.toHaveProperty('citation_journal_title');
		}
	});

	it('describes the page as a schema.org Article, based on the original only where its address is known', () => {
		const ld = articleJsonLd(signed, edition);
		expect(ld).toMatchObject({
			'@type': 'Article',
			headline: 'Axis of Pragmatism',
			datePublished: '2025-02-25',
			dateModified: '2025-02-27',
			url: signed.url,
			isBasedOn: { url: 'https://news.example/axis' },
		});
		expect(articleJsonLd(signed, edition)).not.toHaveProperty('author');
		expect(articleJsonLd(named, edition).author).toEqual({ '@type': 'Person', givenName: 'Nataliya', familyName: 'Butyrska' });
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
