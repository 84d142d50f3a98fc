/**
 * "Compare with the other analyses", folded away under every passage that treats a theme: the
 * passages of the other analyses on the same themes. Written into each analysis's comparisons file
 * (pages/articles/[slug]/comparisons.json.ts), a list a theme, which the disclosure fetches when it
 * opens (theme-compare.ts) and puts together for its themes: inline, they were most of an article
 * page and grew with every analysis; one list for each combination of themes made the file ten
 * times larger.
 */
import { toMarkup } from '../markup.ts';
import { h } from 'hastscript';
import { quotedSentences } from '../quoted-sentences.ts';
import type { SentenceQuote } from '../../text/sentences.ts';
import { routes } from '../../config/routes.ts';
import { type Comparison, comparisons, type PassageRef, type ThemeIndex } from './themes.ts';
import type { Comparisons, ThemeComparison } from './combined-comparisons.ts';

/**
 * At most this many passages are listed per theme, a few from each analysis in turn; the theme
 * page, linked, lists them all. (Listing every related passage grows with the collection: at
 * 3,000 analyses, thousands of links under every passage.)
 */
export const MAX_COMPARED = 6;

interface ComparisonSources {
	index: ThemeIndex;
	/** What a link to the passage listed under a theme shows: its article's short title and the sentences naming the theme's keywords (text/sentences.ts). */
	label: (ref: PassageRef, themeId: string) => { article: string; quote: SentenceQuote };
}

/**
 * Prepares the theme lists once for the whole collection (see `comparisons`), and returns, for an
 * article, each theme's list that another analysis shares: up to MAX_COMPARED of their passages as
 * short quotes (the analysis, then the passage's sentence naming the theme, its keywords marked).
 * A passage's disclosure puts its themes' lists together (`combinedComparisons`). Each list is
 * written as HTML once, however many analyses it goes to: most are offered the same few passages
 * (each other analysis's first on the theme).
 */
export function comparisonLists({ index, label }: ComparisonSources): (article: string) => Comparisons {
	const compare = comparisons(index, MAX_COMPARED);
	/** What the theme page lists: every analysis's passages on the theme, this one's included. */
	const themeTotals = new Map(Object.entries(index.byTheme).map(([themeId, byArticle]) => [themeId, Object.values(byArticle).reduce((sum, ids) => sum + ids.length, 0)]));
	const titleOf = new Map(index.themes.map((t) => [t.id, t.title]));
	const items = new Map<string, ThemeComparison['items'][number]>();
	const item = (ref: PassageRef, themeId: string) => {
		const key = `${themeId} ${ref.article}#${ref.id}`;
		if (!items.has(key)) {
			const { article: articleTitle, quote } = label(ref, themeId);
			const href = routes.passage(ref.article, ref.id);
			items.set(key, { href, html: toMarkup(h(null, [h('span.compare-article', [articleTitle]), ' ', h('q', quotedSentences(quote))])) });
		}
		return items.get(key)!;
	};
	const themeList = (themeId: string, { shown, total }: Comparison): ThemeComparison | undefined => {
		if (shown.length === 0) return undefined;
		const title = titleOf.get(themeId) ?? themeId;
		return {
			heading: toMarkup(h('p.compare-theme', [`${title} in the other analyses`])),
			items: shown.map((ref) => item(ref, themeId)),
			...(total > shown.length && { more: toMarkup(h('p.compare-more', [h('a', { href: routes.theme(themeId) }, [`All ${themeTotals.get(themeId)} passages on ${title}, by analysis`])])) }),
		};
	};
	return (article) => {
		const lists = index.themes.flatMap(({ id }) => {
			if ((index.byTheme[id]?.[article]?.length ?? 0) === 0) return [];
			const list = themeList(id, compare(id, article));
			return list ? [[id, list] as const] : [];
		});
		return Object.fromEntries(lists);
	};
}
