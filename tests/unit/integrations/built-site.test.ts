import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, htmlFiles, htmlPages } from '../../../src/integrations/built-site.ts';

const ORIGIN = 'https://example.org';

/** A built site in a temp folder: site path → HTML. */
function site(pages: Record<string, string>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'built-site-'));
	for (const [sitePath, html] of Object.entries(pages)) {
		const file = path.join(root, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, html);
	}
	return root;
}

describe('htmlFiles', () => {
	it('yields every page but Pagefind’s, by site path', () => {
		const root = site({ '/': 'home', '/a/': 'a', '/404.html': 'missing', '/pagefind/x.html': 'index', '/a/data.json': '{}' });
		expect([...htmlFiles(root)].sort()).toEqual([
			['/', 'home'],
			['/404.html', 'missing'],
			['/a/', 'a'],
		]);
	});
});

describe('brokenLinks', () => {
	const root = site({
		'/': '<a href="/a/#one">ok, ahead</a><a href="/a/#none">no id</a><a href="/gone/">gone</a><a href="https://other.org/x/">elsewhere</a><a href="#top">own</a><p id="top"></p>',
		'/a/': '<p id="one"></p><a href="/#top">ok, behind</a><a href="/#bottom">no id</a><a href="/b/#two">ok, a page not crawled</a><a href="/b/#three">no id there</a>',
		'/b/': '<p id="two"></p>',
	});
	const crawled = [...htmlPages(root)].filter(([page]) => page !== '/b/');

	it('finds links to missing pages and missing ids, whether the target comes before or after the link, or is not crawled', () => {
		expect(brokenLinks(root, crawled, ORIGIN)).toEqual(
			expect.arrayContaining([
				{ page: '/', href: '/gone/', problem: 'no such page' },
				{ page: '/', href: '/a/#none', problem: 'no element with that id' },
				{ page: '/a/', href: '/#bottom', problem: 'no element with that id' },
				{ page: '/a/', href: '/b/#three', problem: 'no element with that id' },
			]),
		);
		expect(brokenLinks(root, crawled, ORIGIN)).toHaveLength(4);
	});

	it('matches ids and links written in any script, as characters or percent-encoded', () => {
		const root = site({ '/': '<h2 id="économie-中国"></h2><a href="#économie-中国">a</a><a href="/#%C3%A9conomie-%E4%B8%AD%E5%9B%BD">b</a><a href="#économie">c</a>' });
		expect(brokenLinks(root, htmlPages(root), ORIGIN)).toEqual([{ page: '/', href: '#économie', problem: 'no element with that id' }]);
	});

	it('checks absolute links to the site’s own origin, and leaves other origins alone', () => {
		const own = site({ '/': `<a href="${ORIGIN}/nowhere/">x</a><a href="https://other.org/nowhere/">y</a>` });
		expect(brokenLinks(own, htmlPages(own), ORIGIN)).toEqual([{ page: '/', href: `${ORIGIN}/nowhere/`, problem: 'no such page' }]);
	});
});
