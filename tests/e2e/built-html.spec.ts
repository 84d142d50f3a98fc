/**
 * Checks on the built HTML files themselves (no browser): every internal link and #fragment
 * resolves, and every page passes html-validate (rules in .htmlvalidate.json).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { readdirSync } from 'node:fs';
import { brokenLinks, htmlPages } from '../../src/integrations/built-site.ts';
import { conflictingHeaders, headersFor, parseHeaders } from '../../src/server/host-headers.ts';
import { DIST, htmlFiles } from '../support/built-site.ts';
import { gluedText, templateText } from '../support/template-text.ts';

const pages = htmlFiles();
/** The origin the site was built for: absolute links to it (canonical, feeds) are checked too. */
const SITE_ORIGIN = new URL(readFileSync(path.join(DIST, 'robots.txt'), 'utf8').match(/Sitemap: (\S+)/)![1]!).origin;

test('the crawl found every kind of page', () => {
	const paths = pages.map(([p]) => p);
	expect(paths).toEqual(expect.arrayContaining(['/', '/themes/', '/search/', '/404.html', ...paths.filter((p) => p.startsWith('/articles/'))]));
	expect(paths.filter((p) => p.startsWith('/articles/')).length).toBeGreaterThanOrEqual(3);
});

test('no broken internal link or dangling #fragment anywhere (the build checks this too)', () => {
	expect(brokenLinks(DIST, htmlPages(DIST), SITE_ORIGIN)).toEqual([]);
});

test('the host headers give every file the site ships one cache policy, and no header twice', () => {
	const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
	const sitePaths = readdirSync(DIST, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name !== '_headers')
		.map((entry) => `/${path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
	expect(sitePaths.length).toBeGreaterThan(50);
	const unpoliced = sitePaths.filter((p) => !headersFor(rules, p).has('cache-control'));
	const twice = sitePaths.flatMap((p) => conflictingHeaders(rules, p).map((h) => `${p}: ${h}`));
	expect({ unpoliced, twice }).toEqual({ unpoliced: [], twice: [] });
});

test('every page is valid HTML', async () => {
	const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(DIST, '../.htmlvalidate.json'), 'utf8')));
	const problems: string[] = [];
	for (const [pagePath, html] of pages) {
		const report = await validator.validateString(html, pagePath);
		for (const result of report.results) for (const m of result.messages) problems.push(`${pagePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});

test('every page has a description, Open Graph and Twitter metadata, and a canonical URL on the configured origin', () => {
	for (const [pagePath, html] of pages) {
		for (const tag of ['name="description"', 'property="og:title"', 'property="og:description"', 'property="og:type"', 'name="twitter:card"']) {
			expect(html, `${pagePath} ${tag}`).toMatch(new RegExp(`<meta ${tag} content="[^"]+"`));
		}
		const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
		if (pagePath === '/404.html') expect(canonical).toBeUndefined();
		else expect(canonical).toBe(`${SITE_ORIGIN}${pagePath}`);
	}
});

test('the RSS feed lists every analysis, linking to its page, and the sitemap lists every page', () => {
	const feed = readFileSync(path.join(DIST, 'rss.xml'), 'utf8');
	const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link]) => new URL(link!).pathname);
	const articlePages = pages.map(([p]) => p).filter((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p));
	expect(links.sort()).toEqual(articlePages.sort());
	// Titles are headlines: an editor-supplied title says so in its description instead.
	const titles = [...feed.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map(([, t]) => t!);
	expect(titles).toHaveLength(articlePages.length);
	expect(titles.filter((t) => t.includes('['))).toEqual([]);
	expect(feed).toContain('(Title supplied by the editors.)');
	const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
	const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	expect(listed.sort()).toEqual(pages.map(([p]) => p).filter((p) => p !== '/404.html').sort());
});

test('the text our templates write runs no word into a number, and no sentence into the next', () => {
	const glued = pages.flatMap(([pagePath, html]) => gluedText(templateText(html)).map((run) => `${pagePath}: ${run}`));
	expect(glued).toEqual([]);
});
