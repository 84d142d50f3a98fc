import { describe, expect, it } from 'vitest';
import { parseCitedText, unknownCitations } from '../../../src/editorial/cited-text.ts';

describe('cited text', () => {
	it('splits prose into plain text and passage citations', () => {
		expect(parseCitedText('China [wants a seat](#seat-at-table) at the table.')).toEqual([
			{ text: 'China ' },
			{ text: 'wants a seat', passage: 'seat-at-table' },
			{ text: ' at the table.' },
		]);
	});

	it('lists cited ids that do not exist', () => {
		expect(unknownCitations('[a](#one) and [b](#two)', new Set(['one']))).toEqual(['two']);
	});
});
