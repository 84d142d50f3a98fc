/** Runs against the valid content fixture (see playwright.config.ts), which has a retired passage id. */
import { expect, test } from '@playwright/test';

test('a retired id lands on its successor with a short notice', async ({ page }) => {
	await page.goto('/articles/demo/#deleted-passage-europe');
	const successor = page.locator('[id="second-passage-taiwan"]');
	await expect(successor).toBeInViewport();
	const notice = successor.locator('.passage-retired-notice');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('“#deleted-passage-europe” is no longer in this edition');
	await expect(page.locator('missing-passage')).toBeHidden();
});

test('the notice stays out of the way when the passage is linked by its own id', async ({ page }) => {
	await page.goto('/articles/demo/#second-passage-taiwan');
	await expect(page.locator('.passage-retired-notice')).toBeHidden();
});
