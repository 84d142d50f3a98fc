import { settled } from '../support/engines.ts';
import { expect, test } from '@playwright/test';
import { pages } from '../support/content.ts';

for (const url of pages) {
	test(`${url} loads without console errors`, async ({ page, browserName }) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(url);
		expect(response?.status()).toBeLessThan(url === '/404.html' ? 500 : 400);
		await page.waitForLoadState(settled(browserName));
		expect(errors).toEqual([]);
	});
}

test('search for a word finds the analysis that uses it', async ({ page }) => {
	await page.goto('/search/?q=Dragonbear');
	const first = page.locator('.search-hits a[href*="/articles/"]').first();
	await expect(first).toHaveAttribute('href', /\/articles\/china-stake-neutrality-leverage\//);
});
