import { describe, expect, it } from 'vitest';
import { droppedFiltersNotice, moreResultsLabel, resultSummary } from '../../../../src/search/shared/wording.ts';

describe('resultSummary', () => {
	it('counts results for the words, in the singular for one', () => {
		expect(resultSummary(1, 'Kallas')).toBe('1 result for Kallas');
		expect(resultSummary(12, '"Friends of Peace"')).toBe('12 results for "Friends of Peace"');
		expect(resultSummary(3003, 'China')).toBe('3,003 results for China');
	});

	it('repeats a long query only by its start', () => {
		const pasted = `${'word '.repeat(100)}end`;
		expect(resultSummary(2, pasted)).toBe(`2 results for ${'word '.repeat(12).trimEnd()}…`);
		expect(resultSummary(0, pasted)).toHaveLength('No results for '.length + 60);
	});

	it('says when nothing matches', () => {
		expect(resultSummary(0, 'xylophone')).toBe('No results for xylophone');
		expect(resultSummary(0, '')).toBe('No page matches the chosen filters');
	});

	it('speaks of pages matching the filters when there are no words', () => {
		expect(resultSummary(1, '')).toBe('1 page matches the chosen filters');
		expect(resultSummary(6, '')).toBe('6 pages match the chosen filters');
	});
});

describe('moreResultsLabel', () => {
	it('offers a page more and says how many are left', () => {
		expect(moreResultsLabel(23, 10)).toBe('Show 10 more (23 not shown yet)');
		expect(moreResultsLabel(2990, 10)).toBe('Show 10 more (2,990 not shown yet)');
	});

	it('offers the last ones when they fit in a page', () => {
		expect(moreResultsLabel(10, 10)).toBe('Show the last 10 results');
		expect(moreResultsLabel(1, 10)).toBe('Show the last result');
	});

	it('is empty when every result is listed', () => {
		expect(moreResultsLabel(0, 10)).toBe('');
	});
});

describe('droppedFiltersNotice', () => {
	it('says nothing when no filter was dropped', () => {
		expect(droppedFiltersNotice([])).toBe('');
	});
	it('names each dropped filter, shortening long values', () => {
		expect(droppedFiltersNotice([{ key: 'theme', value: 'Climate' }])).toBe('Left out of this search, as no page has them: theme “Climate”.');
		expect(droppedFiltersNotice([{ key: 'theme', value: 'A' }, { key: 'analysis', value: 'x'.repeat(80) }])).toBe(
			`Left out of this search, as no page has them: theme “A”, analysis “${'x'.repeat(60)}…”.`,
		);
	});
});
