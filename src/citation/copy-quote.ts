/**
 * Copy quote, for a passage's tools and for a selection: the authors' words, as plain copying
 * takes them (reading/exact-copy.ts, the one extraction), with their source (quote.ts). Loaded
 * when the reader first asks for a quote.
 */
import { copyText } from '../reading/copy.ts';
import { authorsWords } from '../reading/exact-copy.ts';
import { quoteWithSource } from './quote.ts';

/** Copies `range`'s words as a quotation from the source `attribution` names, linked by `url`. */
export function copyQuote(range: Range, attribution: string, url: string) {
	const { text, html } = quoteWithSource(authorsWords(range), { attribution, url });
	return copyText(text, 'Quote copied', html);
}

/** The whole passage as a range, its ¶ link and tools included: authorsWords leaves them out. */
export function passageRange(passage: Element) {
	const range = document.createRange();
	range.selectNodeContents(passage);
	return range;
}
