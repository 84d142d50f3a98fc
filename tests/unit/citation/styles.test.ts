import { describe, expect, it } from 'vitest';
import type { CitableArticle } from '../../../src/citation/citation.ts';
import { cslItem } from '../../../src/citation/csl-item.ts';
import { formatCitations } from '../../../src/citation/format-citations.ts';

const edition = { name: 'China’s Calculus: a reader’s edition', url: 'https://example.org/', lang: 'en' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const lateAugust = { earliest: day('2025-08-18'), latest: day('2025-08-31') };
const base = { titleSuppliedByEditors: false, updated: undefined, originalUrl: null, description: '', summary: 'A summary.' };

const named: CitableArticle = {
	...base,
	id: 'stake',
	title: 'China’s Stake after the Trump–Putin Summit',
	titleSuppliedByEditors: true,
	byline: 'Nataliya Butyrska',
	author: { given: 'Nataliya', family: 'Butyrska' },
	published: lateAugust,
	url: 'https://example.org/articles/stake/',
};
const role: CitableArticle = {
	...base,
	id: 'axis',
	title: 'Axis of Pragmatism',
	byline: 'Correspondent',
	author: null,
	published: { earliest: day('2025-02-25'), latest: day('2025-02-25') },
	url: 'https://example.org/articles/axis/',
};

/** The item's citations by style. */
function styles(article: CitableArticle) {
	const [chicago, apa, mla] = formatCitations(cslItem(article, edition));
	return { chicago: chicago!, apa: apa!, mla: mla! };
}

describe('citations in the CSL styles, formatted by citeproc-js', () => {
	it('cite a named author, a supplied title in brackets and a date known to the month', () => {
		const { chicago, apa, mla } = styles(named);
		expect(chicago).toEqual({
			style: 'chicago',
			reference:
				'Butyrska, Nataliya. 2025. “[China’s Stake after the Trump–Putin Summit].” China’s Calculus: A Reader’s Edition, August. https://example.org/articles/stake/.',
			inText: '(Butyrska 2025)',
			inTextPassage: '(Butyrska 2025, para. {paragraph})',
		});
		expect(apa).toEqual({
			style: 'apa',
			reference:
				'Butyrska, N. (2025, August). <i>[China’s Stake after the Trump–Putin Summit]</i>. China’s Calculus: A Reader’s Edition. https://example.org/articles/stake/',
			inText: '(Butyrska, 2025)',
			inTextPassage: '(Butyrska, 2025, para. {paragraph})',
		});
		expect(mla).toEqual({
			style: 'mla',
			reference:
				'Butyrska, Nataliya. “[China’s Stake after the Trump–Putin Summit].” <i>China’s Calculus: A Reader’s Edition</i>, Aug. 2025, https://example.org/articles/stake/.',
			inText: '(Butyrska)',
			inTextPassage: '(Butyrska, par. {paragraph})',
		});
	});

	it('give no author where the byline names no person: never the role, never “Unsigned”', () => {
		for (const { reference, inText } of formatCitations(cslItem(role, edition))) {
			expect(reference).not.toMatch(/Correspondent|Unsigned/);
			expect(inText).not.toMatch(/Correspondent|Unsigned/);
		}
		const { apa, mla } = styles(role);
		// APA and MLA put the title first; Chicago names the site, its rule for a web page with no author.
		expect(apa.reference).toMatch(/^<i>Axis of Pragmatism<\/i>\. \(2025, February 25\)\./);
		expect(mla.reference).toMatch(/^“Axis of Pragmatism\.” <i>China’s Calculus/);
		expect(styles(role).chicago.reference).toMatch(/^China’s Calculus: A Reader’s Edition\. 2025\. “Axis of Pragmatism\.” February 25\./);
	});

	it('format each item alone, with no “2025a” beside another item of the same year', () => {
		formatCitations(cslItem({ ...role, id: 'other', title: 'Another' }, edition));
		expect(styles(role).chicago.inText).toBe('(China’s Calculus: A Reader’s Edition 2025)');
	});
});
