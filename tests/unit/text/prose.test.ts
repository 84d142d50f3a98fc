import { describe, expect, it } from 'vitest';
import { countsByAnalysis, excerpt, normalizeProse, readingMinutes, words } from '../../../src/text/prose.ts';

describe('countsByAnalysis', () => {
	it('names each analysis with its count', () => {
		expect(countsByAnalysis([{ label: 'A', count: 2 }, { label: 'B', count: 0 }])).toBe('A: 2 · B: 0');
	});

	it('sums up the analyses past the first few, so the line does not grow with the collection', () => {
		const counts = Array.from({ length: 3000 }, (_, i) => ({ label: `S${i}`, count: 1 }));
		expect(countsByAnalysis(counts, 2)).toBe('S0: 1 · S1: 1 · and 2,998 more analyses (2,998 passages)');
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
