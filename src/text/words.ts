/**
 * What a word is, written once for everything that finds, counts, compares or marks words: the
 * register's mentions, the fidelity and reading-time counts, text fragments, search's highlights.
 */

/** Letters and digits of any script: what a word is made of (a pattern's source, flag `u`). */
export const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const NOT_WORD_CHAR = String.raw`[^\p{L}\p{N}]`;

const WORD_CHAR_TEST = new RegExp(WORD_CHAR, 'u');
export const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR_TEST.test(char);

const NOT_WORD_CHARS = new RegExp(NOT_WORD_CHAR, 'gu');
/** Letters and digits only, lower case: how Pagefind compares words, and so do we. */
export const wordKey = (word: string) => word.normalize('NFKC').toLowerCase().replace(NOT_WORD_CHARS, '');

const EDGES = new RegExp(`^(${NOT_WORD_CHAR}*)([\\s\\S]*?)(${NOT_WORD_CHAR}*)$`, 'u');
/** A token split into the punctuation before its word, the word, and the punctuation after: "“Kallas,”" → "“", "Kallas", ",”". */
export function wordEdges(token: string): [before: string, word: string, after: string] {
	const [, before = '', word = '', after = ''] = EDGES.exec(token)!;
	return [before, word, after];
}

/** Pagefind's word boundaries (runs of white space, but not U+FEFF), so its `locations` index into this list. */
export const pagefindTokens = (content: string) => content.split(/[^\S\uFEFF]+/);
