/** Text helpers shared by the passage registry, the fidelity check and reading time. */
import { wordsPattern } from '../editorial/register/mentions.ts';
import { counted, formatCount } from './wording.ts';
import { WORD_CHAR } from './words.ts';

/** Typographic quotes and apostrophes folded to ASCII, so a curly/straight swap is not a word change. */
const QUOTE_FOLDS: ReadonlyArray<[RegExp, string]> = [
	[/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
	[/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
];

/** Collapses all runs of whitespace (including NBSP) to one space and trims. */
function collapseWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** The form in which two renderings of the same words compare equal. */
export function normalizeProse(text: string): string {
	let out = text.normalize('NFKC');
	for (const [pattern, replacement] of QUOTE_FOLDS) out = out.replace(pattern, replacement);
	return collapseWhitespace(out);
}

/** A word, with apostrophes kept inside it ("china's"). */
const WORD = new RegExp(String.raw`${WORD_CHAR}+(?:'\p{L}+)*`, 'gu');

/** Lower-cased word tokens (letters and digits), apostrophes kept inside words. */
export function words(text: string): string[] {
	return normalizeProse(text).toLowerCase().match(WORD) ?? [];
}

/** The first `count` words of a passage, for human-facing excerpts and messages. */
export function excerpt(text: string, count = 8): string {
	const parts = collapseWhitespace(text).split(' ');
	return parts.length <= count ? parts.join(' ') : `${parts.slice(0, count).join(' ')}…`;
}

const WORDS_PER_MINUTE = 230;

/** Whole minutes, at least one, at an ordinary adult reading speed. */
export function readingMinutes(text: string): number {
	return Math.max(1, Math.round(words(text).length / WORDS_PER_MINUTE));
}

/** How many analyses a count line names before it sums up the rest: the line must not grow with the collection. */
const COUNTED_ANALYSES = 6;

/**
 * "Axis of Pragmatism: 2 · What China Wants: 5", one entry per analysis, and past
 * COUNTED_ANALYSES of them "… and 2,994 more analyses (31 passages)".
 */
export function countsByAnalysis(counts: ReadonlyArray<{ label: string; count: number }>, max = COUNTED_ANALYSES): string {
	const named = counts.slice(0, max).map(({ label, count }) => `${label}: ${count}`);
	const rest = counts.slice(max);
	if (rest.length === 0) return named.join(' · ');
	const passages = rest.reduce((sum, c) => sum + c.count, 0);
	return `${named.join(' · ')} · and ${formatCount(rest.length)} more analyses (${counted(passages, 'passage', 'passages')})`;
}

/**
 * The words around `text.slice(start, end)`: at most `wordsEachSide` before and after it, with an
 * ellipsis where the passage goes on, for a quote that shows a mention in its place.
 */
export function inContext(text: string, start: number, end: number, wordsEachSide = 14): { before: string; words: string; after: string } {
	const [beforeText, afterText] = [text.slice(0, start), text.slice(end)];
	const before = wordsOf(beforeText, wordsEachSide, 'end');
	const after = wordsOf(afterText, wordsEachSide, 'start');
	const head = before.length > wordsEachSide ? `…${before.slice(-wordsEachSide).join(' ')}` : before.join(' ');
	const tail = after.length > wordsEachSide ? `${after.slice(0, wordsEachSide).join(' ')}…` : after.join(' ');
	// What touches the mention stays touching it ("Putin’s", "“Friends of Peace”"), as the text writes it.
	return {
		before: head && (/\s$/.test(beforeText) ? `${head} ` : head),
		words: collapseWhitespace(text.slice(start, end)),
		after: tail && (/^\s/.test(afterText) ? ` ${tail}` : tail),
	};
}

/** The passage quoted around `words`, found whatever the whitespace between them; the build has checked that they are there (passages/refs.ts, `quoteProblem`). */
export function quoteAround(text: string, words: string, wordsEachSide = 10): { before: string; words: string; after: string } {
	const found = new RegExp(wordsPattern(words)).exec(text)!;
	return inContext(text, found.index, found.index + found[0].length, wordsEachSide);
}

/**
 * The words of a text, or, where its `end` (or `start`) alone holds more than `count` of them,
 * just those (the one cut at the edge then falls outside the `count` nearest): a register page
 * quotes hundreds of passages, each around one mention.
 */
function wordsOf(text: string, count: number, side: 'start' | 'end'): string[] {
	const reach = (count + 1) * 32;
	const split = (part: string) => collapseWhitespace(part).split(' ').filter(Boolean);
	if (text.length > reach) {
		const near = split(side === 'end' ? text.slice(-reach) : text.slice(0, reach));
		if (near.length > count) return near;
	}
	return split(text);
}
