import { describe, expect, it } from 'vitest';
import { highlightTerms, markRanges } from '../../../../src/search/shared/highlight-terms.ts';

const marked = (text: string, terms: string[]) => markRanges(text, terms).map(([s, e]) => text.slice(s, e));

describe('highlightTerms', () => {
	// Word positions: 0 The 1 “Friends 2 of 3 Peace” 4 group, 5 Sino-Russian 6 ties 7 and 8 infrastructure—⁠ 9 yuan-ruble.
	const content = 'The “Friends of Peace” group, Sino-Russian ties and infrastructure—\u2060 yuan-ruble.';

	it('writes the matched words as the text has them, without the punctuation around them', () => {
		expect(highlightTerms(content, [5], 'Sino-Russian')).toEqual(['Sino-Russian']);
		expect(highlightTerms(content, [5], 'sinorussian')).toEqual(['Sino-Russian']);
		expect(highlightTerms(content, [8], 'infrastructure')).toEqual(['infrastructure']);
	});

	it('keeps only the typed part of a compound', () => {
		expect(highlightTerms(content, [5], 'Russian')).toEqual(['Russian']);
		expect(highlightTerms(content, [9], 'yuan')).toEqual(['yuan']);
		expect(highlightTerms(content, [9], 'yuan-ruble')).toEqual(['yuan-ruble']);
	});

	it('joins the adjacent words of a quoted phrase, and lists each term once', () => {
		expect(highlightTerms(content, [3, 1, 2], '"Friends of Peace"')).toEqual(['Friends of Peace']);
		expect(highlightTerms(content, [1, 2, 3], 'Friends of Peace')).toEqual(['Friends', 'of', 'Peace']);
		expect(highlightTerms(`${content} Peace`, [3, 10], 'peace')).toEqual(['Peace']);
	});
});

describe('markRanges', () => {
	const text = 'Xi Jinping met Putin. Putin’s Sino-Russian plan, in Xinjiang: the Friends of Peace, friends of Xi.';

	it('marks whole words, never inside another word', () => {
		expect(marked(text, ['Xi'])).toEqual(['Xi', 'Xi']);
		expect(marked(text, ['putin'])).toEqual(['Putin', 'Putin']);
	});

	it('marks a compound typed with or without its hyphen, and a part of one', () => {
		expect(marked(text, ['Sino-Russian'])).toEqual(['Sino-Russian']);
		expect(marked(text, ['sinorussian'])).toEqual(['Sino-Russian']);
		expect(marked(text, ['Russian'])).toEqual(['Russian']);
	});

	it('marks a phrase only where all of it stands', () => {
		expect(marked(text, ['Friends of Peace'])).toEqual(['Friends of Peace']);
		expect(marked(text, ['friends of xi'])).toEqual(['friends of Xi']);
	});

	it('returns ranges in order, overlaps merged', () => {
		expect(markRanges(text, ['Friends of Peace', 'Peace', 'Friends'])).toEqual([[text.indexOf('Friends'), text.indexOf('Peace') + 5], [text.indexOf('friends'), text.indexOf('friends') + 7]]);
	});

	it('ignores terms without letters or digits', () => {
		expect(markRanges(text, ['', '—', '“”'])).toEqual([]);
	});
});
