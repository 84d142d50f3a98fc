import { describe, expect, it } from 'vitest';
import { countsByAnalysis, excerpt, inContext, normalizeProse, readingMinutes, words } from '../../../src/text/prose.ts';

describe('inContext', () => {
	const text = 'one two three four Putin’s five six seven';
	const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

	it('keeps a few words (runs between spaces) each side, with an ellipsis where the passage goes on', () => {
		expect(inContext(text, ...at('Putin'), 2)).toEqual({ before: '…three four ', words: 'Putin', after: '’s five…' });
	});

	it('keeps what touches the mention touching it, and adds no ellipsis at the ends', () => {
		const quoted = 'by the “Friends of Peace” group';
		const start = quoted.indexOf('Friends');
		expect(inContext(quoted, start, start + 'Friends of Peace'.length)).toEqual({ before: 'by the “', words: 'Friends of Peace', after: '” group' });
		expect(inContext('Putin', 0, 5)).toEqual({ before: '', words: 'Putin', after: '' });
	});

	it('quotes a long passage as it quotes a short one, whatever the length of its words', () => {
		const filler = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
		for (const word of ['w', 'antidisestablishmentarianism'.repeat(4)]) {
			const long = `${filler(400, word)} Putin ${filler(400, word)}`;
			const start = long.indexOf('Putin');
			const quote = inContext(long, start, start + 5, 3);
			expect(quote).toEqual({ before: `…${word}397 ${word}398 ${word}399 `, words: 'Putin', after: ` ${word}0 ${word}1 ${word}2…` });
		}
	});
});

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
