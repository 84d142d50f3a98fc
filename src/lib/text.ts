/** Text helpers shared by the passage registry, the fidelity check and reading time. */

/** Typographic quotes and apostrophes folded to ASCII, so a curly/straight swap is not a word change. */
const QUOTE_FOLDS: ReadonlyArray<[RegExp, string]> = [
	[/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
	[/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
];

/** Collapses all runs of whitespace (including NBSP) to one space and trims. */
export function collapseWhitespace(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** The form in which two renderings of the same words compare equal. */
export function normalizeProse(text: string): string {
	let out = text.normalize('NFKC');
	for (const [pattern, replacement] of QUOTE_FOLDS) out = out.replace(pattern, replacement);
	return collapseWhitespace(out);
}

/** Lower-cased word tokens (letters and digits), apostrophes kept inside words. */
export function words(text: string): string[] {
	return normalizeProse(text).toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
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
