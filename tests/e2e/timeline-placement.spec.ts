/**
 * From an analysis to its place on the timeline. Apart from timeline.spec.ts because it runs with
 * no trace: the trace recorder reads the page while it loads, which makes Firefox lay the
 * timeline out before its styles arrive and scroll to the entry there (3 runs in 10 with a trace,
 * none in 40 without). No reader's browser does that; arrival.spec.ts covers arriving in general.
 */
import { expect, test } from '@playwright/test';

test.use({ trace: 'off' });

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
	// Playwright's trace recorder reads the page while it loads too, hence no trace in this file.
	await page.waitForLoadState('load');
	await expect(page.locator('#written-china-stake-neutrality-leverage')).toBeInViewport();
});
