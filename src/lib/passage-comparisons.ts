/**
 * "Compare with the other analyses", folded away under every passage that treats a theme: the
 * passages of the other analyses on the same themes.
 *
 * For a given article and theme that list is the same under each of its passages, so it is not
 * rendered with the Markdown, where it would be copied under every tagged passage (four fifths of
 * the rendered article, carried through every step of the build). The Markdown carries a marker
 * instead (`comparisonMarker`, placed by rehype-passage-themes), and the article page puts each
 * list in (`comparisonInserter`), rendering it once per theme.
 */
import type { Comment, Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { comparisons, type PassageRef, type ThemeIndex } from './themes.ts';

/**
 * At most this many passages are listed per theme, a few from each analysis in turn; the theme
 * page, linked, lists them all. (Listing every related passage grows with the collection: at
 * 3,000 analyses, thousands of links under every passage.)
 */
export const MAX_COMPARED = 6;

const MARKER = 'compare-with-other-analyses';
const MARKER_PATTERN = new RegExp(`<!--${MARKER}:([a-z0-9 -]*)-->`, 'g');

/** Where the comparisons for these themes go, in an article's rendered HTML. */
export function comparisonMarker(themeIds: readonly string[]): Comment {
	return { type: 'comment', value: `${MARKER}:${themeIds.join(' ')}` };
}

export interface ComparisonSources {
	index: ThemeIndex;
	/** What a link to the passage shows: its article's short title and the passage's first words. */
	label: (ref: PassageRef) => { article: string; excerpt: string };
}

/**
 * Prepares the theme lists once for the whole collection (see `comparisons`), and returns what
 * replaces each marker of an article's HTML: for each of the passage's themes that another
 * analysis shares, up to MAX_COMPARED of its passages as short quotes (the analysis, then the
 * passage's opening words), a passage listed under an earlier theme not again; or nothing.
 */
export function comparisonInserter({ index, label }: ComparisonSources): (html: string, article: string) => string {
	const compare = comparisons(index, MAX_COMPARED);
	/** What the theme page lists: every analysis's passages on the theme, this one's included. */
	const themeTotal = (themeId: string) => Object.values(index.byTheme[themeId] ?? {}).reduce((sum, ids) => sum + ids.length, 0);
	const titleOf = new Map(index.themes.map((t) => [t.id, t.title]));
	// The same few passages are offered on most pages (each analysis's first on the theme).
	const labels = new Map<string, ReturnType<ComparisonSources['label']>>();
	const labelOf = (ref: PassageRef) => {
		const key = `${ref.article}#${ref.id}`;
		if (!labels.has(key)) labels.set(key, label(ref));
		return labels.get(key)!;
	};

	const themeList = (themeId: string, article: string, listed: Set<string>): Element[] => {
		const { shown, total } = compare(themeId, article);
		if (total === 0) return [];
		const title = titleOf.get(themeId) ?? themeId;
		const fresh = shown.filter((ref) => !listed.has(`${ref.article}#${ref.id}`));
		for (const ref of fresh) listed.add(`${ref.article}#${ref.id}`);
		const more = total > shown.length ? [h('p.compare-more', [h('a', { href: `/themes/${themeId}/` }, [`All ${themeTotal(themeId)} passages on ${title}, by analysis`])])] : [];
		if (fresh.length === 0 && more.length === 0) return [];
		return [
			h('p.compare-theme', [`${title} in the other analyses`]),
			...(fresh.length > 0
				? [
						h(
							'ul.compare-list',
							fresh.map((ref) => {
								const { article: articleTitle, excerpt } = labelOf(ref);
								return h('li', [h('a', { href: `/articles/${ref.article}/#${ref.id}` }, [h('span.compare-article', [articleTitle]), ' ', h('q', [excerpt])])]);
							}),
						),
					]
				: []),
			...more,
		];
	};

	return (html, article) => {
		// Each combination of themes is rendered once per article, however many passages share it.
		const blocks = new Map<string, string>();
		const blockHtml = (themeIds: string) => {
			if (!blocks.has(themeIds)) {
				const listed = new Set<string>();
				const lists = themeIds.split(' ').filter(Boolean).flatMap((themeId) => themeList(themeId, article, listed));
				blocks.set(themeIds, lists.length > 0 ? toHtml(h('div.theme-compare', lists)) : '');
			}
			return blocks.get(themeIds)!;
		};
		return html.replace(MARKER_PATTERN, (_, themeIds: string) => blockHtml(themeIds));
	};
}
