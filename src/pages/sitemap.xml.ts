/** Every page of the site, on the configured origin. */
import type { APIRoute } from 'astro';
import { loadAnnotations } from '../editorial/annotations.ts';
import { listPages } from '../components/paging.ts';
import { loadArticles } from '../articles/articles.ts';
import { sitemapXml } from '../feeds/feeds.ts';
import { routes } from '../config/routes.ts';

export const GET: APIRoute = async ({ site }) => {
	const [articles, annotations] = await Promise.all([loadArticles(), loadAnnotations()]);
	const paths = [
		routes.home,
		...listPages(articles.length).map(routes.analysesList),
		routes.themes,
		routes.register,
		routes.compare,
		routes.timeline,
		routes.notes,
		routes.search,
		...articles.map((a) => a.url),
		...annotations.themes.flatMap((t) => listPages(articles.length).map((page) => routes.theme(t.id, page))),
		...annotations.register.flatMap((e) => listPages(annotations.analysesMentioning(e.id).length).map((page) => routes.registerEntry(e.id, page))),
	];
	return new Response(sitemapXml(paths.map((p) => new URL(p, site).href)), { headers: { 'content-type': 'application/xml' } });
};
