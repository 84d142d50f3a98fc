/**
 * From an analysis to its place on the timeline. Apart from timeline.spec.ts because it runs with
 * no trace (NO_TRACE: with one, Firefox scrolled to the wrong place in 3 runs of 10, none in 40
 * without); arrival.spec.ts covers arriving in general.
 */
import { expect, test } from '@playwright/test';
import { NO_TRACE } from '../support/arrival.ts';

test.use(NO_TRACE);

test('each article says where it stands among the events it discusses, and links to its place on the timeline', async ({ page }) => {
	await page.goto('/articles/what-china-wants-and-fears/');
	const line = page.locator('.article-placement');
	await expect(line).toContainText('before the Alaska summit (15 August 2025)');
	await expect(line.locator('time[datetime="2025-08-15"]')).toHaveCount(1);
	await page.goto('/articles/china-stake-neutrality-leverage/');
	await expect(line).toContainText('Written after Zelenskyy’s White House visit (18 August 2025)');
	await line.getByRole('link', { name: 'On the timeline' }).click();
	await expect(page).toHaveURL(/\/timeline\/#written-china-stake-neutrality-leverage$/);
	// Asked before the page's styles arrive, the viewport check makes Firefox lay the page out
	// unstyled and scroll to the entry there, far lower than it ends; a reader's browser waits.
	await page.waitForLoadState('load');
	await expect(page.locator('#written-china-stake-neutrality-leverage')).toBeInViewport();
});
