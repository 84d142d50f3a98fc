/** An analysis's comparison lists (editorial/themes/passage-comparisons.ts), beside its page, fetched when a themes disclosure opens. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnnotations } from '../../../editorial/annotations.ts';
import { loadArticles } from '../../../articles/articles.ts';

export const getStaticPaths = (async () => (await loadArticles()).map((article) => ({ params: { slug: article.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { comparisonsOf } = await loadAnnotations();
	return new Response(JSON.stringify(comparisonsOf(params.slug!)), { headers: { 'Content-Type': 'application/json' } });
};
