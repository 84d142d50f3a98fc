import { settled } from '../support/engines.ts';
import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { crawledPages } from '../support/built-site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Every request the page makes, and every CSP violation it reports, from the first byte. */
async function watch(page: Page) {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const consoleViolations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) consoleViolations.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`));
	});
	return {
		requests,
		violations: async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))],
	};
}

const foreign = (urls: string[], origin: string) => urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);

for (const pagePath of crawledPages()) {
	test(`${pagePath}: a strict CSP, no request to another origin, no violation`, async ({ page, baseURL, browserName }) => {
		const watched = await watch(page);
		await page.goto(pagePath);
		await page.waitForLoadState(settled(browserName));
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/script-src 'self'/);
		expect(csp).not.toContain("'unsafe-inline'");
		expect(csp).not.toContain("'unsafe-eval'");
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(foreign(watched.requests, new URL(baseURL!).origin)).toEqual([]);
		expect(await watched.violations()).toEqual([]);
	});
}

test('reading, searching, highlighting and copying stay on this origin and within the CSP', async ({ page, baseURL }) => {
	const watched = await watch(page);
	const article = articles[2]!;
	await page.goto(`${article.url}#${article.passageIds[4]}`);
	await page.locator(`[id="${article.passageIds[4]}"] > .passage-link`).click();
	await page.locator(`[id="${article.passageIds[4]}"] .passage-actions button`).first().click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	await page.keyboard.press('Control+k');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.type('sanctions');
	const first = page.locator('.search-dialog .search-hit a').first();
	await expect(first).toBeVisible();
	await first.click();
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	await page.goto('/search/?q=Taiwan&kind=Analysis');
	await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
	expect(foreign(watched.requests, new URL(baseURL!).origin)).toEqual([]);
	expect(await watched.violations()).toEqual([]);
});
