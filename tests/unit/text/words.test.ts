import { describe, expect, it } from 'vitest';
import { isWordChar, pagefindTokens, wordEdges, wordKey } from '../../../src/text/words.ts';

describe('isWordChar', () => {
	it('takes letters and digits of any script', () => {
		for (const char of ['a', 'Z', 'é', 'Ж', '中', '7']) expect(isWordChar(char)).toBe(true);
	});

	it('refuses punctuation, spaces, dashes and nothing', () => {
		for (const char of ['-', '’', ' ', '\u00A0', '–', '.', undefined]) expect(isWordChar(char)).toBe(false);
	});
});

describe('wordKey', () => {
	it('keeps letters and digits, lower case', () => {
		expect(wordKey('“Sino-Russian,”')).toBe('sinorussian');
		expect(wordKey('Putin’s')).toBe('putins');
		expect(wordKey('G20')).toBe('g20');
	});

	it('folds compatibility forms (a ligature) to their letters', () => {
		expect(wordKey('ﬁrst')).toBe('first');
	});
});

describe('wordEdges', () => {
	it('splits off the punctuation around a word', () => {
		expect(wordEdges('“Kallas,”')).toEqual(['“', 'Kallas', ',”']);
		expect(wordEdges('Sino-Russian')).toEqual(['', 'Sino-Russian', '']);
	});

	it('leaves a token of punctuation alone as what comes before', () => {
		expect(wordEdges('—')).toEqual(['—', '', '']);
	});
});

describe('pagefindTokens', () => {
	it('splits on white space runs but not on U+FEFF', () => {
		expect(pagefindTokens('one  two\nthree\uFEFFfour')).toEqual(['one', 'two', 'three\uFEFFfour']);
	});
});
