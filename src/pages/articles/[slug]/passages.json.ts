/** An analysis's passages for link previews (reading/previews/preview-data.ts), beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnnotations } from '../../../editorial/annotations.ts';
import { type Article, loadArticles } from '../../../articles/articles.ts';
import { analysisPreviews } from '../../../reading/previews/preview-data.ts';

export const getStaticPaths = (async () => (await loadArticles()).map((article) => ({ params: { slug: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
	const { themeIndex, themeTitle } = await loadAnnotations();
	const themes = themeIndex.byPassage[article.slug] ?? {};
	const previews = analysisPreviews({ title: article.entry.data.title, passages: article.passages }, (id) => (themes[id] ?? []).map(themeTitle));
	return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
};
