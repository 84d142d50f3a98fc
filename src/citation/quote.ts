/**
 * A quotation with its source, for the clipboard: the authors' words in quotation marks, a short
 * attribution and the link, as plain text and as plain HTML (a `<blockquote cite>`, a `<cite>`
 * line and a link; no fonts or colours). Pure: the words come from reading/exact-copy.ts.
 */
import { citedTitle, type CitableArticle, type Edition } from './citation.ts';

/** "Nataliya Butyrska, “[China’s Stake…]”, China’s Calculus: a reader’s edition": a named author only. */
export function quoteAttribution(article: CitableArticle, edition: Edition): string {
	const author = article.author ? `${article.author.given} ${article.author.family}, ` : '';
	return `${author}“${citedTitle(article)}”, ${edition.name}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * `words.text` is paragraphs separated by blank lines; `words.html` their plain markup. The quote
 * opens each paragraph with a quotation mark and closes only the last, as a quotation of several
 * paragraphs is punctuated.
 */
export function quoteWithSource(words: { text: string; html: string }, { attribution, url }: { attribution: string; url: string }) {
	const paragraphs = words.text.split('\n\n');
	const quoted = paragraphs.map((p, i) => `“${p}${i === paragraphs.length - 1 ? '”' : ''}`).join('\n\n');
	return {
		text: `${quoted}\n\n— ${attribution}\n${url}`,
		html: `<blockquote cite="${escapeHtml(url)}">${words.html}</blockquote>\n<p>— <cite>${escapeHtml(attribution)}</cite>, <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`,
	};
}
