/**
 * The search filters and their values: what each page declares to Pagefind
 * (search/SearchFilters.astro) and what the search page offers, from the same collections.
 */
import type { FILTER_KEYS } from '../shared/url-state.ts';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';
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
