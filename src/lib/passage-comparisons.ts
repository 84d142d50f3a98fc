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

const DETAILS_START = '<details class="theme-compare"><summary>Compare with the other analyses</summary>';

/**
 * Prepares the theme lists once for the whole collection (see `comparisons`), and returns what
 * replaces each marker of an article's HTML with its block: a <details> with, for each theme that
 * another analysis shares, up to MAX_COMPARED links, or nothing when none does.
 */
export function comparisonInserter({ index, label }: ComparisonSources): (html: string, article: string) => string {
	const compare = comparisons(index, MAX_COMPARED);
	const titleOf = new Map(index.themes.map((t) => [t.id, t.title]));
	// The same few passages are offered on most pages (each analysis's first on the theme).
	const labels = new Map<string, ReturnType<ComparisonSources['label']>>();
	const labelOf = (ref: PassageRef) => {
		const key = `${ref.article}#${ref.id}`;
		if (!labels.has(key)) labels.set(key, label(ref));
		return labels.get(key)!;
	};

	const themeList = (themeId: string, article: string): Element[] => {
		const { shown, total } = compare(themeId, article);
		if (total === 0) return [];
		const title = titleOf.get(themeId) ?? themeId;
		return [
			h('p.compare-theme', [`${title} in the other analyses`]),
			h(
				'ul',
				shown.map((ref) => {
					const { article: articleTitle, excerpt } = labelOf(ref);
					return h('li', [h('a', { href: `/articles/${ref.article}/#${ref.id}` }, [h('span.compare-article', [articleTitle]), ` “${excerpt}”`])]);
				}),
			),
			...(total > shown.length ? [h('p', [h('a', { href: `/themes/${themeId}/` }, [`All ${total} passages on ${title}, side by side`])])] : []),
		];
	};

	return (html, article) => {
		// Each theme's list is rendered once per article, however many passages show it.
		const lists = new Map<string, string>();
		const listHtml = (themeId: string) => {
			if (!lists.has(themeId)) lists.set(themeId, toHtml(themeList(themeId, article)));
			return lists.get(themeId)!;
		};
		return html.replace(MARKER_PATTERN, (_, themeIds: string) => {
			const inner = themeIds.split(' ').filter(Boolean).map(listHtml).join('');
			return inner ? `${DETAILS_START}${inner}</details>` : '';
		});
	};
}
