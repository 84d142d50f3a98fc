/** The synopsis's rows for link previews (reading/previews/preview-data.ts). */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';
import { plainCitedText } from '../../editorial/cited-text.ts';
import { questionPreviews } from '../../reading/previews/preview-data.ts';

export const GET: APIRoute = async () => {
	const [articles, { synopsis }] = await Promise.all([loadArticles(), loadAnnotations()]);
	const shortTitle = new Map(articles.map((a) => [a.slug, a.entry.data.shortTitle]));
	const previews = questionPreviews(synopsis, plainCitedText, (slug) => shortTitle.get(slug)!);
	return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
};
