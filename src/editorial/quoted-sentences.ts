/**
 * A passage quoted as evidence, drawn one way wherever it is shown (QuotedSentences.astro on the
 * theme, register, timeline and synopsis pages; the comparison lists, passage-comparisons.ts): the
 * sentences that hold the point (text/sentences.ts), the words that hold it in a quiet `<mark
 * class="held">` (styles/base.css), an ellipsis only where a sentence is cut. The caller wraps it
 * (`<q>`, a block quote) and links it to its passage.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toMarkup } from './markup.ts';
import type { SentenceQuote } from '../text/sentences.ts';

const textNode = (value: string): ElementContent => ({ type: 'text', value });

export function quotedSentences(quote: SentenceQuote): ElementContent[] {
	return [
		...(quote.cutBefore ? [textNode('…')] : []),
		...quote.parts.map(({ text, marked }) => (marked ? h('mark.held', [text]) : textNode(text))),
		...(quote.cutAfter ? [textNode('…')] : []),
	];
}

/** The same, as HTML, for a template. */
export const quotedSentencesHtml = (quote: SentenceQuote) => toMarkup({ type: 'root', children: quotedSentences(quote) });
