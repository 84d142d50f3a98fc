/**
 * Each article passage's themes, and each synopsis row's (its question's themes, for the row's
 * search hits), by page URL and passage or row id, for the search index step
 * (src/search/build/index-site.ts), which joins them with Pagefind's word positions into the search's
 * passage filters and then deletes this file: it is an input to that step, not a page.
 */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';
import { routes } from '../../config/routes.ts';

export const GET: APIRoute = async () => {
	const [articles, { themeIndex, themeTitle, synopsis }] = await Promise.all([loadArticles(), loadAnnotations()]);
	const byPage = Object.fromEntries(
		articles.map((a) => [a.url, Object.fromEntries(Object.entries(themeIndex.byPassage[a.slug] ?? {}).map(([id, ids]) => [id, ids.map(themeTitle)]))]),
	);
	byPage[routes.compare] = Object.fromEntries(synopsis.map((row) => [row.id, row.themes.map(themeTitle)]));
	return new Response(JSON.stringify(byPage), { headers: { 'Content-Type': 'application/json' } });
};
