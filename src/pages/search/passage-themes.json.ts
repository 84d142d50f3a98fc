/**
 * Each article passage's themes, by page URL and passage id, for the search index step
 * (src/cli/search-index.ts), which joins them with Pagefind's word positions into the search's
 * passage filters and then deletes this file: it is an input to that step, not a page.
 */
import type { APIRoute } from 'astro';
import { loadArticles } from '../../data/articles.ts';
import { loadThemes } from '../../data/themes.ts';

export const GET: APIRoute = async () => {
	const [articles, themes] = await Promise.all([loadArticles(), loadThemes()]);
	const title = new Map(themes.index.themes.map((t) => [t.id, t.title]));
	const byPage = Object.fromEntries(
		articles.map((a) => [a.url, Object.fromEntries(Object.entries(themes.index.byPassage[a.slug] ?? {}).map(([id, ids]) => [id, ids.map((t) => title.get(t)!)]))]),
	);
	return new Response(JSON.stringify(byPage), { headers: { 'Content-Type': 'application/json' } });
};
