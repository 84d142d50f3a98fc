import { describe, expect, it } from 'vitest';
import { bitsAt, buildPassageFilters, type IndexedPage, type Matched, type PassageFilters, passageFilter, type Selection } from '../../../../src/search/shared/passage-filters.ts';

// The filter's three uses, each under a selection.
const keeps = (map: PassageFilters, selection: Selection, result: Matched) => passageFilter(map, selection).keeps(result);
const countFilters = (map: PassageFilters, selection: Selection, results: Matched[]) => passageFilter(map, selection).count(results);
const passageKept = (map: PassageFilters, selection: Selection, id: string, at: number) => passageFilter(map, selection).keepsPassage(id, at);

// An article whose passages start at words 0, 10 and 20 (a heading at 30, an untagged passage at 35), and a theme page.
const article: IndexedPage = {
	id: 'en_a',
	url: '/articles/a/',
	filters: { analysis: ['A'], kind: ['Analysis'], theme: ['Taiwan', 'Sanctions'] },
	anchors: [
		{ element: 'p', id: 'p1', location: 0 },
		{ element: 'p', id: 'p2', location: 10 },
		{ element: 'p', id: 'p3', location: 20 },
		{ element: 'h2', id: 'section', location: 30 },
		{ element: 'p', id: 'p4', location: 35 },
	],
};
const other: IndexedPage = { id: 'en_b', url: '/articles/b/', filters: { analysis: ['B'], kind: ['Analysis'], theme: ['Sanctions'] }, anchors: [{ element: 'p', id: 'q1', location: 0 }] };
const explainer: IndexedPage = { id: 'en_t', url: '/themes/taiwan/', filters: { analysis: ['A'], kind: ['Theme explainer'], theme: ['Taiwan'] }, anchors: [{ element: 'h2', id: 'explainer-heading', location: 3 }] };
const tags = { '/articles/a/': { p1: ['Sanctions'], p2: ['Taiwan'], p3: ['Taiwan', 'Sanctions'] }, '/articles/b/': { q1: ['Sanctions'] } };
const map = buildPassageFilters([article, other, explainer], tags);

describe('buildPassageFilters', () => {
	it('lists each filter value once and gives articles their passages as start and theme bits', () => {
		expect(map.values).toEqual({ analysis: ['A', 'B'], kind: ['Analysis', 'Theme explainer'], theme: ['Taiwan', 'Sanctions'] });
		expect(map.pages.en_a!.passages).toEqual([0, 0b10, 10, 0b01, 20, 0b11, 30, 0, 35, 0]);
		expect(map.pages.en_t).toEqual({ values: { analysis: [0], kind: [1], theme: [0] } });
	});

	it('refuses more theme values than a bit set holds', () => {
		const many = Object.fromEntries(Array.from({ length: 32 }, (_, i) => [`p${i}`, [`T${i}`]]));
		expect(() => buildPassageFilters([article], { '/articles/a/': many })).toThrow('At most 31 theme values');
	});
});

describe('bitsAt', () => {
	it('finds the anchor a word follows, and nothing before the first', () => {
		const passages = [5, 1, 10, 2, 20, 4];
		expect([0, 5, 9, 10, 19, 20, 99].map((w) => bitsAt(passages, w))).toEqual([0, 1, 1, 2, 2, 4, 4]);
	});
});

describe('keeps', () => {
	it('keeps an article only when a matched word is in a passage with every chosen theme', () => {
		expect(keeps(map, { theme: ['Taiwan'] }, { id: 'en_a', words: [2, 36] })).toBe(false);
		expect(keeps(map, { theme: ['Taiwan'] }, { id: 'en_a', words: [2, 12] })).toBe(true);
		expect(keeps(map, { theme: ['Taiwan', 'Sanctions'] }, { id: 'en_a', words: [2, 12] })).toBe(false);
		expect(keeps(map, { theme: ['Taiwan', 'Sanctions'] }, { id: 'en_a', words: [25] })).toBe(true);
	});

	it('filters pages without passages, and analysis and kind, as whole pages', () => {
		expect(keeps(map, { theme: ['Taiwan'] }, { id: 'en_t', words: [4] })).toBe(true);
		expect(keeps(map, { theme: ['Sanctions'] }, { id: 'en_t', words: [4] })).toBe(false);
		expect(keeps(map, { analysis: ['B'] }, { id: 'en_a', words: [2] })).toBe(false);
		expect(keeps(map, { analysis: ['A'], kind: ['Analysis'] }, { id: 'en_a', words: [2] })).toBe(true);
	});

	it('searches by filters alone over all of an article’s passages', () => {
		expect(keeps(map, { theme: ['Taiwan', 'Sanctions'] }, { id: 'en_a', words: [] })).toBe(true);
		expect(keeps(map, { theme: ['Taiwan'] }, { id: 'en_b', words: [] })).toBe(false);
	});

	it('keeps nothing for a value the site does not have', () => {
		expect(keeps(map, { theme: ['Climate'] }, { id: 'en_a', words: [2] })).toBe(false);
		expect(keeps(map, { analysis: ['Z'] }, { id: 'en_t', words: [4] })).toBe(false);
	});
});

describe('countFilters', () => {
	const results = [
		{ id: 'en_a', words: [2, 36] }, // a Sanctions passage and an untagged one
		{ id: 'en_b', words: [1] },
		{ id: 'en_t', words: [4] },
	];

	it('counts what choosing each value would leave, themes by passage', () => {
		expect(countFilters(map, {}, results)).toEqual({
			analysis: { A: 2, B: 1 },
			kind: { Analysis: 2, 'Theme explainer': 1 },
			// Article a matched no Taiwan passage: only the explainer is left.
			theme: { Taiwan: 1, Sanctions: 2 },
		});
	});

	it('agrees with keeps for every value, under a selection', () => {
		const selections: Selection[] = [{}, { theme: ['Sanctions'] }, { analysis: ['A'] }, { theme: ['Taiwan'], kind: ['Analysis'] }];
		for (const selection of selections) {
			const counts = countFilters(map, selection, results);
			for (const [key, values] of Object.entries(map.values)) {
				for (const value of values) {
					const chosen = { ...selection, [key]: [...new Set([...(selection[key] ?? []), value])] };
					expect(counts[key]![value], `${JSON.stringify(selection)} + ${key} ${value}`).toBe(results.filter((r) => keeps(map, chosen, r)).length);
				}
			}
		}
	});
});

describe('passageKept', () => {
	it('keeps the passages of a result that carry every chosen theme', () => {
		expect([0, 10, 20, 35].map((at) => passageKept(map, { theme: ['Taiwan'] }, 'en_a', at))).toEqual([false, true, true, false]);
		expect(passageKept(map, {}, 'en_a', 35)).toBe(true);
	});
});
