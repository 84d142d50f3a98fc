/**
 * The text face (src/typeface/): the site's own, cut to the characters the site uses, with its
 * figures and small capitals, and never moving the text when it arrives late.
 */
import { expect, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { TEXT_FAMILY } from '../../src/typeface/text-face.ts';
import { NO_FONT_REPORT_IN_FIREFOX } from '../support/skips.ts';

const ARTICLE = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;

test('every character set in the text face is drawn from it, on the analyses and our own pages', async ({ page, browserName }) => {
	test.skip(browserName !== 'chromium', NO_FONT_REPORT_IN_FIREFOX);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	for (const url of [...articles.map((a) => a.url), '/people/friends-of-peace/', '/timeline/', '/notes/', '/themes/europe/']) {
		await page.goto(url);
		await page.evaluate(() => document.fonts.ready);
		// Mark each element whose own text the text face sets, to find them again over CDP.
		const count = await page.evaluate((family) => {
			let n = 0;
			for (const el of document.querySelectorAll('main *')) {
				const ownText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim());
				if (ownText && getComputedStyle(el).fontFamily.startsWith(`"${family}"`) && el.checkVisibility()) el.setAttribute('data-face-check', String(n++));
			}
			return n;
		}, TEXT_FAMILY);
		expect(count, url).toBeGreaterThan(0);
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-face-check]' });
		// A node's fonts include its inline children's, whose labels are in the interface's font:
		// what must not appear is a serif from the text stack's fallbacks.
		const fallbacks = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-text'));
		const strangers = new Set<string>();
		for (const nodeId of nodeIds) {
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			for (const font of fonts) if (!font.isCustomFont && fallbacks.includes(font.familyName)) strangers.add(`${font.familyName} (${font.postScriptName})`);
		}
		expect([...strangers], `${url}: characters drawn by a fallback`).toEqual([]);
	}
});

test('the text face brings its oldstyle and lining figures and its small capitals', async ({ page }) => {
	await page.goto(ARTICLE.url);
	await page.evaluate(() => document.fonts.ready);
	const widths = await page.evaluate((family) => {
		const span = document.createElement('span');
		span.style.position = 'absolute';
		span.style.font = `100px "${family}"`;
		span.style.fontSynthesis = 'none';
		document.body.append(span);
		const width = (text: string, style: Partial<CSSStyleDeclaration>) => {
			span.textContent = text;
			Object.assign(span.style, { fontVariantNumeric: 'normal', fontVariantCaps: 'normal' }, style);
			return span.getBoundingClientRect().width;
		};
		return {
			oldstyle: width('0123456789', { fontVariantNumeric: 'oldstyle-nums proportional-nums' }),
			lining: width('0123456789', { fontVariantNumeric: 'lining-nums proportional-nums' }),
			tabular: width('0123456789', { fontVariantNumeric: 'lining-nums tabular-nums' }),
			capitals: width('NATO BRICS', {}),
			smallCaps: width('NATO BRICS', { fontVariantCaps: 'all-small-caps' }),
		};
	}, TEXT_FAMILY);
	// Each set of figures has its own widths (at 100 px, several pixels apart); a face stripped of a feature would draw the same.
	expect(Math.abs(widths.oldstyle - widths.lining)).toBeGreaterThan(3);
	expect(Math.abs(widths.tabular - widths.lining)).toBeGreaterThan(3);
	// With synthesis off, only the face's own small capitals can draw narrower than its capitals.
	expect(widths.capitals - widths.smallCaps).toBeGreaterThan(5);
	// And the running text asks for them: oldstyle figures, and our abbreviations in small capitals.
	expect(await page.locator('.article-body p').first().evaluate((p) => getComputedStyle(p).fontVariantNumeric)).toBe('oldstyle-nums');
	await page.goto('/themes/europe/');
	await expect(page.locator('main .caps').first()).toHaveCSS('font-variant-caps', 'all-small-caps');
});

// The face is `font-display: optional`: one that comes late is not swapped in under the reader.
// (Chromium's layout-shift count covers the same in budgets.spec; this reads positions, as Firefox can.)
test('the text stays where it is drawn when the font files come a second late', async ({ page }) => {
	await page.route('**/*.woff2', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		await route.continue();
	});
	await page.goto(ARTICLE.url, { waitUntil: 'commit' });
	const passages = page.locator('.article-body [data-passage]');
	await expect(passages.first()).toBeVisible();
	const where = () => passages.evaluateAll((els) => els.map((el) => [Math.round(el.getBoundingClientRect().top), Math.round(el.getBoundingClientRect().height)]));
	await page.waitForLoadState('domcontentloaded');
	const before = await where();
	await page.evaluate(() => document.fonts.ready);
	await page.waitForLoadState('load');
	expect(await where()).toEqual(before);
});
