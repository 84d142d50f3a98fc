import { describe, expect, it } from 'vitest';
import { excerptParts, type PageHit, passageLabel, rankedPassageHits, type SubResult } from '../../../../src/search/shared/hits.ts';

// Word positions, as Pagefind counts them: 0 China 1 wants 2 relief. 3 Sanctions 4 relief 5 now. 6 Sanctions 7 bite 8 sanctions.
const content = 'China wants relief. Sanctions relief now. Sanctions bite sanctions.';

function sub(id: string, locations: number[]): SubResult {
	return { title: id, url: `/articles/a/#${id}`, excerpt: '', locations, anchor: { element: 'p', id, location: locations[0] ?? 0 } };
}

function hit(subResults: SubResult[]): PageHit {
	return { url: '/articles/a/', content, excerpt: '', locations: subResults.flatMap((s) => s.locations), meta: { title: 'A' }, anchors: subResults.flatMap((s) => (s.anchor ? [s.anchor] : [])), sub_results: subResults };
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
			{ text: '<', marked: false },
			{ text: 'b', marked: true },
			{ text: '>', marked: false },
		]);
	});

	it('drops stray tags other than <mark>', () => {
		expect(excerptParts('a <em>b</em> <mark>c</mark>')).toEqual([
			{ text: 'a b ', marked: false },
			{ text: 'c', marked: true },
		]);
	});
});

describe('passageLabel', () => {
	const anchors = [
		{ element: 'p', id: 'p1', location: 0 },
		{ element: 'p', id: 'p2', location: 10 },
		{ element: 'h2', id: 'talks', text: 'The US–\u2060 Russia talks', location: 20 },
		{ element: 'p', id: 'p3', location: 25 },
		{ element: 'p', id: 'p4', location: 30 },
	];
	const page: PageHit = { url: '/articles/a/', content, excerpt: '', locations: [], meta: { title: 'A' }, anchors, sub_results: [] };
	const at = (id: string): SubResult => ({ title: 'The opening words…', url: `/articles/a/#${id}`, excerpt: '', locations: [], anchor: anchors.find((a) => a.id === id)! });

	it('names a passage by its number in the article and its section, never by its opening words', () => {
		expect(passageLabel(page, at('p4'))).toBe('¶ 4 of 4 · The US–Russia talks');
		expect(passageLabel(page, at('p3'))).toBe('¶ 3 of 4 · The US–Russia talks');
	});

	it('names a passage before every heading by its number alone, and a heading by its text', () => {
		expect(passageLabel(page, at('p2'))).toBe('¶ 2 of 4');
		expect(passageLabel(page, at('talks'))).toBe('The US–Russia talks');
	});
});

describe('excerptParts and punctuation', () => {
	it('marks the word, not the punctuation Pagefind marked with it', () => {
		expect(excerptParts('chief Kaja <mark>Kallas,</mark> and <mark>“Dragonbear”</mark>')).toEqual([
			{ text: 'chief Kaja ', marked: false },
			{ text: 'Kallas', marked: true },
			{ text: ',', marked: false },
			{ text: ' and ', marked: false },
			{ text: '“', marked: false },
			{ text: 'Dragonbear', marked: true },
			{ text: '”', marked: false },
		]);
	});
});

describe('excerptParts and the index’s dash breaks', () => {
	it('gives back the words as written, inside a mark or not', () => {
		expect(excerptParts('infrastructure—\u2060 <mark>yuan-ruble</mark> and <mark>War–\u2060</mark> style').map((p) => p.text).join('')).toBe('infrastructure—yuan-ruble and War–style');
	});
});
