/**
 * The search filters and their values: what each page declares to Pagefind (in the copy it
 * indexes, index-copy.ts) and what the search page offers, from the same collections.
 */
import type { FILTER_KEYS } from '../shared/url-state.ts';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';
import { themesOfArticle } from '../../editorial/themes/themes.ts';
import { routes } from '../../config/routes.ts';
import { PAGE_KIND } from '../shared/page-kinds.ts';

export interface SearchFacet {
	key: (typeof FILTER_KEYS)[number];
	label: string;
	values: string[];
}

export async function loadSearchFacets(): Promise<SearchFacet[]> {
	const [articles, { themes }] = await Promise.all([loadArticles(), loadAnnotations()]);
	return [
		{ key: 'analysis', label: 'Analysis', values: articles.map((a) => a.entry.data.shortTitle) },
		{ key: 'theme', label: 'Theme', values: themes.map((t) => t.data.title) },
		{ key: 'kind', label: 'Kind of page', values: Object.values(PAGE_KIND) },
	];
}

type FilterValues = Record<(typeof FILTER_KEYS)[number], string[]>;

/** Each searchable page's values, by URL (a theme's or register entry's first page, which search indexes). */
export async function loadPageFilters(): Promise<Record<string, FilterValues>> {
	const [articles, { themes, themeIndex, themeTitle, synopsis, register, analysesMentioning }] = await Promise.all([loadArticles(), loadAnnotations()]);
	const values = (kind: keyof typeof PAGE_KIND, analysis: string[], theme: string[]): FilterValues => ({ kind: [PAGE_KIND[kind]], analysis, theme });
	const title = (a: (typeof articles)[number]) => a.entry.data.shortTitle;
	return {
		...Object.fromEntries(articles.map((a) => [a.url, values('analysis', [title(a)], themesOfArticle(themeIndex, a.slug).map(themeTitle))])),
		...Object.fromEntries(
			themes.map((t) => [routes.theme(t.id), values('theme', articles.filter((a) => (themeIndex.byTheme[t.id]?.[a.slug]?.length ?? 0) > 0).map(title), [t.data.title])]),
		),
		...Object.fromEntries(register.map((entry) => [routes.registerEntry(entry.id), values('register', analysesMentioning(entry.id).map(title), [])])),
		[routes.compare]: values('comparison', articles.map(title), [...new Set(synopsis.flatMap((r) => r.themes))].map(themeTitle)),
		[routes.timeline]: values('timeline', [], []),
		[routes.notes]: values('notes', [], []),
	};
}
