/** Every page of the site, on the configured origin. */
import type { APIRoute } from 'astro';
import { loadArticles } from '../data/articles.ts';
import { loadThemes } from '../data/themes.ts';
import { sitemapXml } from '../lib/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
	const [articles, themes] = await Promise.all([loadArticles(), loadThemes()]);
	const paths = ['/', '/themes/', '/search/', ...articles.map((a) => a.url), ...themes.entries.map((t) => `/themes/${t.id}/`)];
	return new Response(sitemapXml(paths.map((p) => new URL(p, site).href)), { headers: { 'content-type': 'application/xml' } });
};
