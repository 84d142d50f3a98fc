import { describe, expect, it } from 'vitest';
import { excerptParts, type PageHit, rankedPassageHits, type SubResult } from '../../src/lib/search-hits.ts';

// Word positions, as Pagefind counts them: 0 China 1 wants 2 relief. 3 Sanctions 4 relief 5 now. 6 Sanctions 7 bite 8 sanctions.
const content = 'China wants relief. Sanctions relief now. Sanctions bite sanctions.';

function sub(id: string, locations: number[]): SubResult {
	return { title: id, url: `/articles/a/#${id}`, excerpt: '', locations, anchor: { id } };
}

function hit(subResults: SubResult[]): PageHit {
	return { url: '/articles/a/', content, excerpt: '', meta: { title: 'A' }, sub_results: subResults };
}

describe('rankedPassageHits', () => {
	it('puts the passage matching the most distinct query words first, then the most matches, then document order', () => {
		const first = sub('first', [2]);
		const both = sub('both', [3, 4]);
		const twice = sub('twice', [6, 8]);
		expect(rankedPassageHits(hit([first, twice, both])).map((s) => s.title)).toEqual(['both', 'twice', 'first']);
	});

	it('treats case and punctuation as the same word', () => {
		// "relief." and "relief" and "Sanctions"/"sanctions" are one word each.
		expect(rankedPassageHits(hit([sub('one', [6, 8]), sub('two', [2, 4])])).map((s) => s.title)).toEqual(['one', 'two']);
	});

	it('drops the page-level result and sub-results without an anchor', () => {
		const page: SubResult = { title: 'A', url: '/articles/a/', excerpt: '', locations: [0] };
		const loose: SubResult = { title: 'loose', url: '/articles/a/#x', excerpt: '', locations: [1] };
		expect(rankedPassageHits(hit([page, loose, sub('kept', [2])])).map((s) => s.title)).toEqual(['kept']);
	});
});

describe('excerptParts', () => {
	it('splits marked words from plain text and decodes entities', () => {
		expect(excerptParts('China &amp; <mark>Russia</mark>&#39;s &quot;deal&quot;')).toEqual([
			{ text: 'China & ', marked: false },
			{ text: 'Russia', marked: true },
			{ text: '\'s "deal"', marked: false },
		]);
	});

	it('returns markup from the index as inert text, never as elements', () => {
		const parts = excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>&lt;b&gt;</mark>');
		expect(parts).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', marked: false },
			{ text: '<b>', marked: true },
		]);
	});

	it('drops stray tags other than <mark>', () => {
		expect(excerptParts('a <em>b</em> <mark>c</mark>')).toEqual([
			{ text: 'a b ', marked: false },
			{ text: 'c', marked: true },
		]);
	});
});
