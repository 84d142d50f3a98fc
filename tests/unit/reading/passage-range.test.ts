import { describe, expect, it } from 'vitest';
import { passagesBetween } from '../../../src/reading/passage-range.ts';

describe('passagesBetween', () => {
	const passages = ['a', 'b', 'c', 'd', 'e'];

	it('gives the passages from the first through the last, both included', () => {
		expect(passagesBetween(passages, 'b', 'd')).toEqual(['b', 'c', 'd']);
		expect(passagesBetween(passages, 'c', 'c')).toEqual(['c']);
	});

	it('reads a range given last first in page order', () => {
		expect(passagesBetween(passages, 'd', 'b')).toEqual(['b', 'c', 'd']);
	});

	it('marks nothing when an end is not a passage of the page', () => {
		expect(passagesBetween(passages, 'x', 'c')).toEqual([]);
	});
});
