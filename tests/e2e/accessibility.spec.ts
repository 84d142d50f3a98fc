import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { axeViolations } from '../support/axe.ts';
import { crawledPages } from '../support/built-site.ts';
import { colourSchemes, showColourScheme } from '../support/colour-scheme.ts';
import { NO_MEDIA_EMULATION_IN_FIREFOX } from '../support/skips.ts';

const VIEWPORTS = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

const expectNoViolations = async (page: Page) => expect(await axeViolations(page)).toEqual([]);

for (const pagePath of crawledPages()) {
	test(`axe: ${pagePath}, light and dark, phone and desktop`, { tag: '@colour-scheme' }, async ({ page }, info) => {
		const search = pagePath.startsWith('/search/');
		await page.goto(search ? '/search/?q=sanctions' : pagePath);
		if (search) await expect(page.locator('.search-page .search-hit').first()).toBeVisible();
		for (const scheme of colourSchemes(info)) {
			for (const [width, viewport] of Object.entries(VIEWPORTS)) {
				await test.step(`${scheme}, ${width}`, async () => {
					await page.setViewportSize(viewport);
					await showColourScheme(page, info, scheme);
					await expectNoViolations(page);
				});
			}
		}
	});
}

// A search's marks land on every kind of text: the standfirst (muted), our summary's links, the
// authors' mention links and their words. Each keeps its contrast in both schemes.
test('axe: search marks on the standfirst, links and text, light and dark', { tag: '@colour-scheme' }, async ({ page }, info) => {
	await page.goto('/articles/axis-of-pragmatism/?pagefind-highlight=Beijing');
	const marks = page.locator('main mark');
	await expect(marks.first()).toBeVisible();
	for (const where of ['.standfirst mark', 'main a mark']) expect(await page.locator(where).count(), where).toBeGreaterThan(0);
	for (const scheme of colourSchemes(info)) {
		await showColourScheme(page, info, scheme);
		for (const mark of await marks.all()) await mark.scrollIntoViewIfNeeded();
		await expectNoViolations(page);
	}
});

test('axe: the open search dialog with results, and a targeted passage with its tools and notes open', async ({ page }) => {
	const article = articles[0]!;
	await page.goto(`${article.url}#${article.passageIds[1]}`);
	await page.locator(`[id="${article.passageIds[1]}"] > .passage-link`).click();
	await expect(page.locator('.passage-actions')).toBeVisible();
	await page.locator('.passage-margin > details summary').first().click();
	await expectNoViolations(page);
	await page.keyboard.press('/');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.type('Taiwan');
	await expect(page.locator('.search-dialog .search-hit').first()).toBeVisible();
	await expectNoViolations(page);
});

test('the chosen dark theme passes axe and survives a reload without a flash of light', async ({ page }, info) => {
	await showColourScheme(page, info, 'light');
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	// Its name stays "Dark"; what shows the state to the eye is the switch.
	const knob = () => toggle.locator('.toggle-switch').evaluate((el) => getComputedStyle(el, '::after').left);
	const off = await knob();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await knob()).not.toBe(off);
	await expectNoViolations(page);
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const dark = await background();
	// The head script applies the choice before the stylesheet paints: check at the first moment.
	await page.goto(articles[0]!.url, { waitUntil: 'commit' });
	await page.waitForSelector('body');
	expect(await background()).toBe(dark);
	await expect(page.getByRole('button', { name: 'Dark' })).toHaveAttribute('aria-pressed', 'true');
});

for (const pagePath of crawledPages()) {
	test(`structure: ${pagePath} has one h1, landmarks and a working skip link`, async ({ page }) => {
		await page.goto(pagePath);
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('contentinfo')).toHaveCount(1);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});
}

test('keyboard focus is visible on every kind of control of an article page', async ({ page }) => {
	test.setTimeout(120_000); // 60-odd key presses; slow over WebDriver BiDi and on a busy machine
	await page.emulateMedia({ reducedMotion: 'reduce' }); // no smooth scroll between the many stops
	await page.goto(articles[1]!.url);
	// Records each element's focus style as focus arrives, so the tabbing itself stays quick.
	await page.evaluate(() => {
		const seen: Array<{ what: string; kind: string; visible: boolean }> = [];
		(window as unknown as { focusStyles: typeof seen }).focusStyles = seen;
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const style = getComputedStyle(el);
			const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			seen.push({ what: `${el.tagName} "${el.textContent?.trim().slice(0, 30)}"`, kind: el.className, visible: outline || style.boxShadow !== 'none' });
		});
	});
	// The first 60 stops cover every kind: header links, search, toggle, summary links, theme links,
	// ¶ links, editor's notes' markers and numbers, the passages' theme disclosures; then a ¶'s
	// tools, opened. (Not so many that Tab runs off the page's end: Firefox then moves focus out of
	// the page and stops reporting it.)
	for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
	await page.locator('[data-passage] > .passage-link').first().focus();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	const seen = await page.evaluate(() => (window as unknown as { focusStyles: Array<{ what: string; kind: string; visible: boolean }> }).focusStyles);
	expect(seen.length).toBeGreaterThanOrEqual(60);
	const kinds = ['passage-link', 'theme-chip', 'note-number', 'SUMMARY', 'Copy link'];
	expect(kinds.filter((kind) => !seen.some((s) => s.what.includes(kind) || s.kind.includes(kind)))).toEqual([]);
	expect(seen.filter((s) => !s.visible).map((s) => s.what)).toEqual([]);
});

test('keyboard journey: home → an analysis → a passage’s ¶ link, in reading order', async ({ page }) => {
	test.setTimeout(60_000); // up to 120 key presses, each checked; slow over WebDriver BiDi
	const article = articles[0]!;
	await page.goto('/');
	const link = page.locator(`main a[href="${article.url}"]`).first();
	for (let i = 0; i < 40 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(article.url);
	const firstPermalink = page.locator(`[id="${article.passageIds[0]}"] > .passage-link`);
	for (let i = 0; i < 80 && !(await firstPermalink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(firstPermalink).toBeFocused();
	// Enter follows the ¶ and opens the passage's tools, which come next; Escape closes them.
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(`${article.url}#${article.passageIds[0]}`);
	await expect(page.locator(`[id="${article.passageIds[0]}"]`)).toBeInViewport();
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAccessibleName('Copy link');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAccessibleName('Copy quote');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAccessibleName('Cite');
	await page.keyboard.press('Escape');
	await expect(firstPermalink).toBeFocused();
	await expect(page.locator('.passage-actions')).toBeHidden();
});

// One test per page (all of them in one test outran its time in Firefox on CI), loaded once and
// laid out at the narrowest and the widest width.
for (const pagePath of crawledPages()) {
	test(`nothing overflows sideways at 320, 720 or 1600 px: ${pagePath}`, async ({ page }) => {
		await page.goto(pagePath);
		for (const width of [320, 720, 1600]) {
			await page.setViewportSize({ width, height: 800 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width} px`).toBeLessThanOrEqual(width);
		}
	});
}

test('an article prints without the site’s controls, with its address and passage ids', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_MEDIA_EMULATION_IN_FIREFOX);
	const article = articles[0]!;
	await page.goto(article.url);
	// The controls as a reader leaves them on screen, the first passage's tools open: only the
	// print stylesheet can hide them.
	const permalink = page.locator(`[id="${article.passageIds[0]}"] > .passage-link`);
	await permalink.click();
	await expect(permalink).toHaveAttribute('aria-expanded', 'true');
	const controls = ['.site-header', '.site-footer', '.passage-link', '.passage-actions', '.passage-margin > details'];
	for (const selector of controls) await expect(page.locator(selector).first(), selector).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	for (const selector of controls) await expect(page.locator(selector).first(), selector).toBeHidden();
	await expect(permalink, 'the tools are still open, only not printed').toHaveAttribute('aria-expanded', 'true');
	await expect(page.locator('.provenance')).toBeVisible();
	await expect(page.locator('.print-only', { hasText: 'This edition:' })).toContainText(`${article.url}`);
	const marker = await page.locator(`[id="${article.passageIds[0]}"]`).evaluate((el) => getComputedStyle(el, '::after').content);
	expect(marker).toContain(`#${article.passageIds[0]}`);
});
