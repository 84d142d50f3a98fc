/** The register's entries for link previews (lib/previews.ts). */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../../data/annotations.ts';
import { loadArticles } from '../../data/articles.ts';
import { registerPreviews } from '../../lib/previews.ts';

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
