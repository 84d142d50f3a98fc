/**
 * An analysis's passages cited by their numbers, as a book's index cites pages: "paragraphs 3, 7,
 * 12", each number a link to its passage. A theme or register entry whose analyses run past one
 * page lists them so (components/paging.ts, quotesPassages): quoting every passage on a theme, or
 * every mention of "China", in 3,000 analyses is a concordance of 60 pages an entry, most of the
 * site's output.
 */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { toMarkup } from './markup.ts';
import { routes } from '../config/routes.ts';

interface NumberedArticle {
	slug: string;
	/** In document order: a passage's number is its place here, as its ¶ in the margin gives it. */
	passages: ReadonlyArray<{ id: string }>;
}

/** A passage's number in its analysis, from 1. */
export function passageNumber(article: NumberedArticle, id: string): number {
	const at = article.passages.findIndex((p) => p.id === id);
	if (at < 0) throw new Error(`${article.slug} has no passage #${id}`);
	return at + 1;
}

/**
 * "paragraph 3" or "paragraphs 3, 7, 12" as HTML, each number linked; `ids` in document order.
 * `anchor` gives a number's link the id a list's entry for that passage has (a theme's, themeEntryId),
 * so that links to the entry land on it.
 */
export function passageNumbersHtml(article: NumberedArticle, ids: readonly string[], anchor?: (id: string) => string): string {
	const links = ids.flatMap((id, i): ElementContent[] => {
		const link = h('a', { id: anchor?.(id), href: routes.passage(article.slug, id) }, [String(passageNumber(article, id))]);
		return i > 0 ? [{ type: 'text', value: ', ' }, link] : [link];
	});
	return toMarkup({ type: 'root', children: [{ type: 'text', value: ids.length === 1 ? 'paragraph ' : 'paragraphs ' }, ...links] });
}
