import { describe, expect, it } from 'vitest';
import { parseCitedText, unknownCitations } from '../../../src/editorial/cited-text.ts';
import { formatKnownDate, machineDate } from '../../../src/text/dates.ts';
import { excerpt, normalizeProse, readingMinutes, words } from '../../../src/text/prose.ts';

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

describe('dates known to a day or a range', () => {
	const day = (s: string) => new Date(`${s}T00:00:00Z`);

	it('words a single day in full', () => {
		expect(formatKnownDate({ earliest: day('2025-02-25'), latest: day('2025-02-25') })).toBe('25 February 2025');
	});

	it('uses the editors’ wording for a range, and the range itself without one', () => {
		const range = { earliest: day('2025-08-18'), latest: day('2025-08-31') };
		expect(formatKnownDate({ ...range, display: 'late August 2025' })).toBe('late August 2025');
		expect(formatKnownDate(range)).toBe('18 August 2025 – 31 August 2025');
	});

	it('gives the most precise machine date true of the whole range', () => {
		expect(machineDate({ earliest: day('2025-02-25'), latest: day('2025-02-25') })).toBe('2025-02-25');
		expect(machineDate({ earliest: day('2025-08-11'), latest: day('2025-08-14') })).toBe('2025-08');
		expect(machineDate({ earliest: day('2025-08-11'), latest: day('2025-09-02') })).toBe('2025');
	});
});

describe('text helpers', () => {
	it('normalises quotes and whitespace only', () => {
		expect(normalizeProse(' “China’s”\n\tstake ')).toBe(`"China's" stake`);
	});

	it('counts words including contractions and hyphenated parts', () => {
		expect(words('China’s dual-use exports, 2022.')).toEqual(["china's", 'dual', 'use', 'exports', '2022']);
	});

	it('excerpts the first words', () => {
		expect(excerpt('one two three four', 2)).toBe('one two…');
		expect(excerpt('one two', 2)).toBe('one two');
	});

	it('rounds reading time to whole minutes, at least one', () => {
		expect(readingMinutes('word '.repeat(10))).toBe(1);
		expect(readingMinutes('word '.repeat(1380))).toBe(6);
	});
});
