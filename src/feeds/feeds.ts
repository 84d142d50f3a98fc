/**
 * The site's machine-readable lists: sitemap.xml (every page, for crawlers and the link tests)
 * and an RSS 2.0 feed of the analyses. Pure, so the escaping and the dates are tested.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);

export function sitemapXml(urls: string[]): string {
	const entries = urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</urlset>\n`;
}

export interface FeedItem {
	title: string;
	url: string;
	description: string;
	/** Only a date known to the day: RSS has no way to say "late August 2025". */
	published?: Date | undefined;
}

export interface Feed {
	title: string;
	url: string;
	description: string;
	lang: string;
	selfUrl: string;
}

export function rssXml(feed: Feed, items: FeedItem[]): string {
	const item = (i: FeedItem) =>
		[
			'<item>',
			`<title>${escapeXml(i.title)}</title>`,
			`<link>${escapeXml(i.url)}</link>`,
			`<guid isPermaLink="true">${escapeXml(i.url)}</guid>`,
			`<description>${escapeXml(i.description)}</description>`,
			...(i.published ? [`<pubDate>${i.published.toUTCString()}</pubDate>`] : []),
			'</item>',
		].join('');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>',
		`<title>${escapeXml(feed.title)}</title>`,
		`<link>${escapeXml(feed.url)}</link>`,
		`<description>${escapeXml(feed.description)}</description>`,
		`<language>${escapeXml(feed.lang)}</language>`,
		`<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
		...items.map(item),
		'</channel></rss>',
		'',
	].join('\n');
}
