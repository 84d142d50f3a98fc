/** Runs against the valid content fixture (see playwright.config.ts), which has a retired passage id. */
import { expect, test } from '@playwright/test';
import { expectInViewAtOnce, NO_TRACE, recordArrival } from '../support/arrival.ts';

// Its first and last tests check where a page lands as it loads.
test.use(NO_TRACE);

test('a retired id lands on its successor at once, with a short notice', async ({ page }) => {
	// A short screen, so that the successor (the fixture's second passage) lies more than one down.
	await page.setViewportSize({ width: 1280, height: 400 });
	await recordArrival(page, '[id="second-passage-taiwan"]');
	await page.goto('/articles/demo/#deleted-passage-europe');
	await expectInViewAtOnce(page);
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

test('a range link whose last id is retired marks through that passage’s successor', async ({ page }) => {
	await page.goto('/articles/demo/?through=deleted-passage-europe#first-passage-sanctions');
	const passages = page.locator('.article-body [data-passage]');
	await expect(page.locator('.in-range')).toHaveCount(2);
	await expect(passages.nth(0)).toHaveClass(/in-range/);
	await expect(page.locator('[id="second-passage-taiwan"]')).toHaveClass(/in-range/);
});

test('a retired question’s anchor lands on its successor’s row in the synopsis, marked as the target', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 400 });
	await page.goto('/compare/#demo-on-asia');
	const row = page.locator('[id="demo-on-taiwan"]');
	await expect(row).toBeInViewport();
	await expect(row.getByRole('rowheader')).toHaveText('What does the demo say about Taiwan?');
	const background = await row.locator('th').evaluate((th) => getComputedStyle(th).backgroundColor);
	const plain = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
	expect(background, 'the row is marked as the target').not.toBe(plain);
});
