/**
 * Each article passage's themes, by page URL and passage id, for the search index step
 * (src/search/build/index-site.ts), which joins them with Pagefind's word positions into the search's
 * passage filters and then deletes this file: it is an input to that step, not a page.
 */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';

export const GET: APIRoute = async () => {
	const [articles, { themeIndex, themeTitle }] = await Promise.all([loadArticles(), loadAnnotations()]);
	const byPage = Object.fromEntries(
		articles.map((a) => [a.url, Object.fromEntries(Object.entries(themeIndex.byPassage[a.slug] ?? {}).map(([id, ids]) => [id, ids.map(themeTitle)]))]),
	);
	return new Response(JSON.stringify(byPage), { headers: { 'Content-Type': 'application/json' } });
};
