import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '../../../../src/search/shared/url-state.ts';

describe('search state in the URL', () => {
	it('reads the query and repeatable filters, ignoring empty and unknown keys', () => {
		expect(readSearchState('?q=sanctions&analysis=A&analysis=B&theme=&utm=x')).toEqual({
			query: 'sanctions',
			filters: { analysis: ['A', 'B'] },
		});
		expect(readSearchState('')).toEqual({ query: '', filters: {} });
	});

	it('round-trips phrases, non-ASCII and characters that need encoding', () => {
		const state = { query: '"Friends of Peace" & Wang Yi’s 王毅 <b>', filters: { theme: ['US–Russia talks'], kind: ['Theme explainer'] } };
		const search = writeSearchState('', state);
		expect(search.startsWith('?q=')).toBe(true);
		expect(search).not.toMatch(/[ "<>]/);
		expect(readSearchState(search)).toEqual(state);
	});

	it('keeps other parameters and drops the ones it owns before writing', () => {
		const search = writeSearchState('?lang=en&q=old&theme=Taiwan', { query: 'new', filters: {} });
		expect(new URLSearchParams(search).getAll('lang')).toEqual(['en']);
		expect(readSearchState(search)).toEqual({ query: 'new', filters: {} });
	});

	it('writes nothing for an empty search', () => {
		expect(writeSearchState('?q=x&analysis=A', { query: '', filters: {} })).toBe('');
	});
});
