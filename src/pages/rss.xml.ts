/** The analyses as an RSS feed, newest first; dates only where known to the day. */
import type { APIRoute } from 'astro';
import { loadArticles } from '../articles/articles.ts';
import { articleDescription } from '../citation/citable-article.ts';
import { rssXml } from '../feeds/feeds.ts';
import { SITE_LANG, SITE_NAME, SITE_TAGLINE } from '../config/site.ts';

export const GET: APIRoute = async ({ site }) => {
	const articles = await loadArticles();
	const dayOf = (d: Date) => d.toISOString().slice(0, 10);
	const items = [...articles].reverse().map((article) => {
		const { title, titleSuppliedByEditors, published } = article.entry.data;
		return {
			// A feed reader shows the title as a headline: the editors' note on it goes with the description.
			title,
			url: new URL(article.url, site).href,
			description: titleSuppliedByEditors ? `${articleDescription(article)} (Title supplied by the editors.)` : articleDescription(article),
			published: dayOf(published.earliest) === dayOf(published.latest) ? published.earliest : undefined,
		};
	});
	const feed = { title: SITE_NAME, url: new URL('/', site).href, description: SITE_TAGLINE, lang: SITE_LANG, selfUrl: new URL('/rss.xml', site).href };
	return new Response(rssXml(feed, items), { headers: { 'content-type': 'application/rss+xml' } });
};
