/**
 * What the host sends (public/_headers, applied by src/server/static-server.ts as a host would):
 * framing from another origin is refused, and every kind of file carries its headers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { SITE_ORIGIN } from '../support/origins.ts';

const article = articles[0]!;

test('another origin cannot frame an article (clickjacking)', async ({ page }) => {
	// A page of another origin on this machine, with no policy of its own: one frame of its own
	// (the control, which shows that framing works here) and one of the edition's article.
	const framer = createServer((req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(req.url === '/own' ? '<h1>Framed from its own origin</h1>' : `<iframe id="own" src="/own"></iframe><iframe id="edition" src="${SITE_ORIGIN}${article.url}"></iframe>`);
	});
	await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
	try {
		const refused = page.waitForResponse((r) => r.url() === `${SITE_ORIGIN}${article.url}`);
		await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
		expect((await refused).headers()['content-security-policy']).toBe("frame-ancestors 'none'");
		await expect(page.frameLocator('#own').locator('h1')).toHaveText('Framed from its own origin');
		await page.waitForLoadState('load');
		// The browser shows its own error page in the frame (Firefox's has a heading of its own).
		await expect(page.frameLocator('#edition').locator('.article-body')).toHaveCount(0);
	} finally {
		await new Promise((resolve) => framer.close(resolve));
	}
});

test('every kind of file carries the headers a host should send', async ({ request }) => {
	const kinds = {
		page: article.url,
		'not found': '/no-such-page/',
		feed: '/rss.xml',
		'search script': '/pagefind/pagefind.js',
		'search worker': '/pagefind/pagefind-worker.js',
		'search index entry': '/pagefind/pagefind-entry.json',
	};
	for (const [kind, sitePath] of Object.entries(kinds)) {
		const headers = (await request.get(sitePath)).headers();
		expect(headers['content-security-policy'], kind).toBe("frame-ancestors 'none'");
		expect(headers['x-content-type-options'], kind).toBe('nosniff');
		expect(headers['strict-transport-security'], kind).toMatch(/^max-age=\d{7,}/);
		expect(headers['referrer-policy'], kind).toBe('same-origin');
		expect(headers['permissions-policy'], kind).toContain('camera=()');
		expect(headers['cache-control'], kind).toBe('public, max-age=0, must-revalidate');
	}
});

test('hashed assets are cached for a year; the search engine’s WebAssembly is served as such', async ({ page, request }) => {
	const hashed: string[] = [];
	page.on('response', (r) => {
		if (/\/(_astro|pagefind\/(index|fragment|filter))\//.test(new URL(r.url()).pathname)) hashed.push(r.url());
	});
	const wasm = page.waitForResponse((r) => r.url().endsWith('.pagefind') && r.url().includes('/wasm.'));
	await page.goto('/search/?q=sanctions');
	await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
	expect((await wasm).headers()['content-type']).toBe('application/wasm');
	expect(hashed.some((u) => u.includes('/_astro/'))).toBe(true);
	expect(hashed.some((u) => u.includes('/pagefind/fragment/'))).toBe(true);
	for (const url of hashed) expect((await request.get(url)).headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
});

test('the host’s own files are not served', async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
});
