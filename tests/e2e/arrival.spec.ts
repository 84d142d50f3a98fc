/**
 * Arriving at a passage: whatever the address names (a passage, a note, a heading, a Text
 * Fragment, a search result's landing), the target comes into view below the sticky header in one
 * jump, within the first frames after `load` (support/arrival.ts). A smooth scroll draws the frames
 * on the way there, so it fails this.
 * Tagged @motion: Firefox runs it in a launch that does not ask for reduced motion
 * (playwright.config.ts), as a reader's browser would not.
 */
import { expect, test } from '@playwright/test';
import { expectInViewAtOnce, NO_TRACE, recordArrival } from '../support/arrival.ts';

test.use(NO_TRACE);

const ARTICLE = '/articles/china-stake-neutrality-leverage/';

const targets = [
	{ kind: 'a passage', url: `${ARTICLE}#russian-foreign-minister` },
	{ kind: 'a heading', url: `${ARTICLE}#holding-back-to-gain-leverage` },
	{ kind: 'an editor’s note', url: `${ARTICLE}#note-non-war-order-date` },
	{ kind: 'a search result’s landing', url: `${ARTICLE}?pagefind-highlight=guarantors#russian-foreign-minister` },
	{ kind: 'a Text Fragment', url: `${ARTICLE}#:~:text=alternative%20security%20model`, selector: '[id="russian-foreign-minister"]' },
];

for (const { kind, url, selector } of targets) {
	test(`a link to ${kind} shows it at once, below the header @motion`, async ({ page }) => {
		await recordArrival(page, selector);
		await page.goto(url);
		await expectInViewAtOnce(page);
	});
}

test('following a link from another page lands on the passage at once @motion', async ({ page }) => {
	await page.goto('/themes/neutrality/');
	await recordArrival(page);
	const link = page.locator(`main a[href^="${ARTICLE}#"]`).last();
	await link.click();
	await expect(page).toHaveURL(/#/);
	await expectInViewAtOnce(page);
});
