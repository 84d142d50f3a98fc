/**
 * "Compare with the other analyses", folded away under every passage that treats a theme: the
 * passages of the other analyses on the same themes. Written into each analysis's comparisons file
 * (pages/articles/[slug]/comparisons.json.ts), which the disclosure fetches when it opens
 * (theme-compare.ts): inline, they were most of an article page, and grew with every analysis.
 *
 * For a given article and theme that list is the same under each of its passages, so the page
 * (editorial/annotations.ts) builds it once per combination of themes and puts the same list under
 * every passage that has it.
 */
import type { Element } from 'hast';
import { toMarkup } from '../markup.ts';
import { h } from 'hastscript';
import { quotedSentences } from '../quoted-sentences.ts';
import type { SentenceQuote } from '../../text/sentences.ts';
import { routes } from '../../config/routes.ts';
import { type Comparison, comparisons, type PassageRef, type ThemeIndex } from './themes.ts';

/**
 * At most this many passages are listed per theme, a few from each analysis in turn; the theme
 * page, linked, lists them all. (Listing every related passage grows with the collection: at
 * 3,000 analyses, thousands of links under every passage.)
 */
export const MAX_COMPARED = 6;

/** How a passage's disclosure and its analysis's comparisons file name a list: by its themes, in order. */
export const comparedThemes = (themeIds: readonly string[]) => themeIds.join(' ');

interface ComparisonSources {
	index: ThemeIndex;
	/** What a link to the passage listed under a theme shows: its article's short title and the sentences naming the theme's keywords (text/sentences.ts). */
	label: (ref: PassageRef, themeId: string) => { article: string; quote: SentenceQuote };
}

/**
 * Prepares the theme lists once for the whole collection (see `comparisons`), and returns, for an
 * article, what goes under a passage with these themes: for each theme that another analysis
 * shares, up to MAX_COMPARED of its passages as short quotes (the analysis, then the passage's
 * sentence naming the theme, its keywords marked), a passage listed under an earlier theme not
 * again; or nothing. Each list is built and written as HTML once, however many passages and
 * analyses it goes under: most analyses are offered the same few passages (each other analysis's
 * first on the theme).
 */
export function comparisonLists({ index, label }: ComparisonSources): (article: string) => (themeIds: readonly string[]) => string | undefined {
	const compare = comparisons(index, MAX_COMPARED);
	/** What the theme page lists: every analysis's passages on the theme, this one's included. */
	const themeTotals = new Map(Object.entries(index.byTheme).map(([themeId, byArticle]) => [themeId, Object.values(byArticle).reduce((sum, ids) => sum + ids.length, 0)]));
	const titleOf = new Map(index.themes.map((t) => [t.id, t.title]));
	const refKey = (ref: PassageRef) => `${ref.article}#${ref.id}`;

	const themeList = (themeId: string, { shown, total }: Comparison, listed: Set<string>): Element[] => {
		if (total === 0) return [];
		const title = titleOf.get(themeId) ?? themeId;
		const fresh = shown.filter((ref) => !listed.has(refKey(ref)));
		for (const ref of fresh) listed.add(refKey(ref));
		const more = total > shown.length ? [h('p.compare-more', [h('a', { href: routes.theme(themeId) }, [`All ${themeTotals.get(themeId)} passages on ${title}, by analysis`])])] : [];
		if (fresh.length === 0 && more.length === 0) return [];
		return [
			h('p.compare-theme', [`${title} in the other analyses`]),
			...(fresh.length > 0
				? [
						h(
							'ul.compare-list',
							fresh.map((ref) => {
								const { article: articleTitle, quote } = label(ref, themeId);
								return h('li', [h('a', { href: routes.passage(ref.article, ref.id) }, [h('span.compare-article', [articleTitle]), ' ', h('q', quotedSentences(quote))])]);
							}),
						),
					]
				: []),
			...more,
		];
	};

	/** The lists, by what they show: the themes, and the passages compared on each. */
	const blocks = new Map<string, string | undefined>();
	const block = (themeIds: readonly string[], compared: readonly Comparison[]) => {
		// What the HTML shows: the passages, and whether more lead to the theme page.
		const key = themeIds.map((id, i) => `${id}:${compared[i]!.shown.map(refKey).join(',')}${compared[i]!.total > compared[i]!.shown.length ? '+' : ''}`).join(' ');
		if (!blocks.has(key)) {
			const listed = new Set<string>();
			const lists = themeIds.flatMap((themeId, i) => themeList(themeId, compared[i]!, listed));
			blocks.set(key, lists.length > 0 ? toMarkup(h('div.theme-compare', lists)) : undefined);
		}
		return blocks.get(key);
	};

	return (article) => {
		const ofArticle = new Map<string, string | undefined>();
		return (themeIds) => {
			const key = themeIds.join(' ');
			if (!ofArticle.has(key)) ofArticle.set(key, block(themeIds, themeIds.map((id) => compare(id, article))));
			return ofArticle.get(key);
		};
	};
}
