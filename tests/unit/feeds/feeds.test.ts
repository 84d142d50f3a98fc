import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { escapeXml, type Feed, type FeedItem, rssXml, sitemapXml } from '../../../src/feeds/feeds.ts';

const feed: Feed = {
	title: 'China’s Calculus & the war',
	url: 'https://edition.example.org/',
	description: 'Three analyses, <read> "word for word"',
	lang: 'en',
	selfUrl: 'https://edition.example.org/rss.xml',
};
const item = (overrides: Partial<FeedItem> = {}): FeedItem => ({
	title: 'Axis of pragmatism',
	url: 'https://edition.example.org/articles/axis-of-pragmatism/',
	description: 'What binds Beijing and Moscow.',
	...overrides,
});

describe('escapeXml', () => {
	it('escapes the five characters XML reserves, and only those', () => {
		expect(escapeXml(`Trump & Putin <talks> "deal" 'or not' – 王毅`)).toBe('Trump &amp; Putin &lt;talks&gt; &quot;deal&quot; &apos;or not&apos; – 王毅');
	});

	it('escapes an ampersand that already looks like an entity, so the text reads as written', () => {
		expect(escapeXml('AT&amp;T')).toBe('AT&amp;amp;T');
	});
});

describe('the RSS feed', () => {
	it('escapes titles, descriptions and addresses, so markup in them stays text', () => {
		const xml = rssXml(feed, [
			item({
				title: 'Sanctions & “secondary” <b>tariffs</b>: "Beijing\'s" bet',
				description: 'Relief <script>alert(1)</script> & more',
				url: 'https://edition.example.org/articles/a/?q=x&y=<z>',
			}),
		]);
		expect(xml).toContain('<title>China’s Calculus &amp; the war</title>');
		expect(xml).toContain('<description>Three analyses, &lt;read&gt; &quot;word for word&quot;</description>');
		expect(xml).toContain('<title>Sanctions &amp; “secondary” &lt;b&gt;tariffs&lt;/b&gt;: &quot;Beijing&apos;s&quot; bet</title>');
		expect(xml).toContain('<description>Relief &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</description>');
		expect(xml).toContain('<link>https://edition.example.org/articles/a/?q=x&amp;y=&lt;z&gt;</link>');
		expect(xml).toContain('<guid isPermaLink="true">https://edition.example.org/articles/a/?q=x&amp;y=&lt;z&gt;</guid>');
		expect(xml).not.toMatch(/<b>|<script>|& /);
	});

	it('is one channel whose items read back as they were given', () => {
		const xml = rssXml(feed, [item({ title: 'A & B' }), item({ title: '<C>' })]);
		expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>')).toBe(true);
		expect(xml).toContain('<atom:link href="https://edition.example.org/rss.xml" rel="self" type="application/rss+xml"/>');
		expect(xml).toContain('<language>en</language>');
		expect(xml.trimEnd().endsWith('</channel></rss>')).toBe(true);
		// Parsed as markup, the escaped titles come back as the plain text they were.
		const titles = [...xml.matchAll(/<item><title>([^<]*)<\/title>/g)].map(([, title]) => {
			const text = fromHtml(title!, { fragment: true }).children[0];
			return text?.type === 'text' ? text.value : undefined;
		});
		expect(titles).toEqual(['A & B', '<C>']);
	});

	it('dates an item in RFC 822, as RSS 2.0 requires, in GMT', () => {
		const xml = rssXml(feed, [item({ published: new Date('2025-02-25T00:00:00Z') }), item({ published: new Date('2025-08-09T23:30:00-05:00') })]);
		expect([...xml.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map(([, date]) => date)).toEqual(['Tue, 25 Feb 2025 00:00:00 GMT', 'Sun, 10 Aug 2025 04:30:00 GMT']);
	});

	it('leaves out the date of an item not known to the day', () => {
		const xml = rssXml(feed, [item({ published: undefined })]);
		expect(xml).toContain('<item><title>Axis of pragmatism</title>');
		expect(xml).not.toContain('pubDate');
	});
});

describe('the sitemap', () => {
	it('lists each address, escaped', () => {
		expect(sitemapXml(['https://edition.example.org/', 'https://edition.example.org/search/?q=a&b'])).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
				'<url><loc>https://edition.example.org/</loc></url><url><loc>https://edition.example.org/search/?q=a&amp;b</loc></url></urlset>\n',
		);
	});
});
