/** Text helpers shared by the passage registry, the fidelity check and reading time. */
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
