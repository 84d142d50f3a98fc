/**
 * Finding the register's entries in the analyses' text: each entry is named by its forms, the
 * words as the analyses write them ("Xi Jinping", "Xi", "Beijing").
 *
 * The rules, so that a mention is a mention and nothing else is:
 * - A form matches whole words only: never "Xi" inside "Xinjiang", "EU" inside "EUR". Any character
 *   that is not a letter or digit ends a word, so a possessive ("Putin’s") and each part of a
 *   hyphenated pair ("Trump-Putin", "US-led") count as mentions.
 * - Case is exact: "US" is not "us", "Party" is not "party". A plural or another inflection is a
 *   mention only if it is listed as a form ("Russians" does not mention "Russia").
 * - Where forms overlap, the longest wins, and its words mention nothing else: "Xi Jinping" is one
 *   mention, and "UN Security Council" is the Council's, not the UN's as well.
 * - A space in a form matches any run of whitespace, as the text may break lines there.
 */
import { WORD_CHAR } from '../../text/words.ts';

export interface NamedEntry {
	id: string;
	forms: readonly string[];
}

export interface Mention {
	entry: string;
	/** Where the words stand in the text, as UTF-16 offsets. */
	start: number;
	end: number;
}


/** A pattern's source for the words, matching any run of whitespace between them. */
export const wordsPattern = (words: string) => words.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(String.raw`\s+`);

/** A pattern's source (flag `u`) matching `source` only where it starts and ends a word. */
const asWholeWords = (source: string) => `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;

/** A pattern (flag `u`) for `words` standing as whole words, however the spaces between them run. */
export const wholeWordsPattern = (words: string) => asWholeWords(wordsPattern(words));

/** A pattern for the whole words of `forms`, longest first, so that an alternation picks the longest. */
function formsPattern(forms: readonly string[], flags: string): RegExp {
	const alternatives = [...new Set(forms.map((f) => f.trim()))].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(wordsPattern);
	return new RegExp(asWholeWords(alternatives.join('|')), flags);
}

/** Finds every entry's mentions in a text, left to right, without overlaps. */
export function mentionMatcher(entries: readonly NamedEntry[]): (text: string) => Mention[] {
	const entryOf = new Map<string, string>();
	for (const { id, forms } of entries) for (const form of forms) entryOf.set(normalForm(form), id);
	if (entryOf.size === 0) return () => [];
	const pattern = formsPattern([...entryOf.keys()], 'gu');
	return (text) =>
		Array.from(text.matchAll(pattern), (match) => ({
			entry: entryOf.get(normalForm(match[0]))!,
			start: match.index,
			end: match.index + match[0].length,
		}));
}

/** Whether a form occurs in any of the texts as whole words, on its own terms (whatever longer form it is part of). */
export function formOccurs(form: string, texts: readonly string[]): boolean {
	const pattern = formsPattern([form], 'u');
	return texts.some((text) => pattern.test(text));
}

/** A form with its spaces made single, as the matcher compares them. */
export const normalForm = (form: string) => form.trim().replace(/\s+/g, ' ');
