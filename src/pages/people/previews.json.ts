/** The register's entries for link previews (reading/previews/preview-data.ts). */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../editorial/annotations.ts';
import { loadArticles } from '../../articles/articles.ts';
import { registerPreviews } from '../../reading/previews/preview-data.ts';

export const GET: APIRoute = async () => {
	const [articles, { register, mentions }] = await Promise.all([loadArticles(), loadAnnotations()]);
	const shortTitle = new Map(articles.map((a) => [a.slug, a.entry.data.shortTitle]));
	const previews = registerPreviews(
		register.map((e) => ({ id: e.id, name: e.data.name, roles: e.data.roles })),
		(id) => mentions.byEntry[id] ?? {},
		(slug) => shortTitle.get(slug)!,
	);
	return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
};
