/**
 * The copy of a page that Pagefind indexes. Pagefind splits words at whitespace only, and breaks
 * compounds at ASCII punctuation only, so "relief—enough" or "Cold War–style" would be one word to
 * it, and "enough" or "style" would find nothing. In its copy each dash that runs into the next
 * word is followed by a word joiner and a space: the space splits the words, and the joiner (which
 * Pagefind keeps, as it turns every run of whitespace into one space) lets the results take the
 * space out again. The pages keep the authors' text. Pure, unit-tested.
 */

/** U+2060 WORD JOINER: invisible, not whitespace, and not part of any word Pagefind indexes. */
export const DASH_BREAK = '\u2060 ';

/** Figure dash, en dash, em dash, horizontal bar and minus: never part of a word. */
/** A dash before a tag counts: the next element's text may run on from it ("a—<a>b</a>"). */
const DASH_INTO_WORD = /([\u2012-\u2015\u2212])(?=\S|$)/gu;
const BROKEN_DASH = /([\u2012-\u2015\u2212])\u2060 /gu;

/** `html` with DASH_BREAK after each dash that runs into a word, in its text only (not in tags). */
export function breakAtDashes(html: string): string {
	return html
		.split(/(<[^>]*>)/)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(DASH_INTO_WORD, `$1${DASH_BREAK}`)))
		.join('');
}

/** Indexed text as the authors wrote it, the breaks breakAtDashes added taken out. */
export const unbreakDashes = (text: string) => text.replace(BROKEN_DASH, '$1');
