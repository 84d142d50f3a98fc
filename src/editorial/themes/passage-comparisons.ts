/**
 * "Compare with the other analyses", folded away under every passage that treats a theme: the
 * passages of the other analyses on the same themes. Written once for the whole site into the
 * comparisons file (pages/themes/comparisons.json.ts), a list a theme, which a disclosure fetches
 * when it first opens (theme-compare.ts) and puts together for its themes and its analysis
 * (combined-comparisons.ts). Inline, they were most of an article page and grew with every
 * analysis; a file per analysis repeated the same lists in every one (40 MB at 3,000 analyses).
 */
import { toMarkup } from '../markup.ts';
import { h } from 'hastscript';
import { quotedSentences } from '../quoted-sentences.ts';
import type { SentenceQuote } from '../../text/sentences.ts';
import { routes } from '../../config/routes.ts';
import { comparisons, type PassageRef, type ThemeIndex } from './themes.ts';
import { type Comparisons, MAX_COMPARED } from './combined-comparisons.ts';

interface ComparisonSources {
	index: ThemeIndex;
	/** What a link to the passage listed under a theme shows: its article's short title and the sentences naming the theme's keywords (text/sentences.ts). */
	label: (ref: PassageRef, themeId: string) => { article: string; quote: SentenceQuote };
}

/**
 * The comparisons file: each theme's list (see `comparisons`), its passages as short quotes (the
 * analysis, then the passage's sentence naming the theme, its keywords marked), and the link to
 * the theme page, which lists all the theme's passages, for an analysis offered fewer than there are.
 */
export function comparisonLists({ index, label }: ComparisonSources): Comparisons {
	const compare = comparisons(index, MAX_COMPARED);
	const lists = index.themes.flatMap(({ id: themeId, title }) => {
		const { shown, total, complete } = compare(themeId);
		if (shown.length === 0) return [];
		const items = shown.map((ref) => {
			const { article, quote } = label(ref, themeId);
			return { article: ref.article, href: routes.passage(ref.article, ref.id), html: toMarkup(h(null, [h('span.compare-article', [article]), ' ', h('q', quotedSentences(quote))])) };
		});
		const more = total > MAX_COMPARED ? toMarkup(h('p.compare-more', [h('a', { href: routes.theme(themeId) }, [`All ${total} passages on ${title}, by analysis`])])) : undefined;
		return [[themeId, { heading: toMarkup(h('p.compare-theme', [`${title} in the other analyses`])), items, ...(more && { more }), complete }] as const];
	});
	return Object.fromEntries(lists);
}
