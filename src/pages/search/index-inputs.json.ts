/**
 * What the search index step (src/search/build/index-site.ts) needs from the content, by page URL
 * (IndexInputs, search/build/index-copy.ts): each article passage's themes, and each synopsis row's
 * (its question's themes, for the row's search hits), which it joins with Pagefind's word positions
 * into the search's passage filters; and what Pagefind reads that the pages do not carry (filter
 * values, passages' titles), which it puts into its copy of each page. It then deletes this file:
 * it is an input to that step, not a page.
 */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';
import { routes } from '../../config/routes.ts';
import { loadPageFilters } from '../../search/build/facets.ts';
import { type IndexInputs, passageTitle } from '../../search/build/index-copy.ts';

export const GET: APIRoute = async () => {
	const [articles, { themeIndex, themeTitle, synopsis }, filters] = await Promise.all([loadArticles(), loadAnnotations(), loadPageFilters()]);
	const passageThemes: IndexInputs['passageThemes'] = Object.fromEntries(
		articles.map((a) => [a.url, Object.fromEntries(Object.entries(themeIndex.byPassage[a.slug] ?? {}).map(([id, ids]) => [id, ids.map(themeTitle)]))]),
	);
	passageThemes[routes.compare] = Object.fromEntries(synopsis.map((row) => [row.id, row.themes.map(themeTitle)]));
	const pages: IndexInputs['pages'] = Object.fromEntries(Object.entries(filters).map(([url, values]) => [url, { filters: values }]));
	for (const a of articles) (pages[a.url] ??= {}).titles = Object.fromEntries(a.passages.map((p) => [p.id, passageTitle(p)]));
	const inputs: IndexInputs = { passageThemes, pages };
	return new Response(JSON.stringify(inputs), { headers: { 'Content-Type': 'application/json' } });
};
