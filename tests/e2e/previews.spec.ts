/**
 * Link previews: a passage's or a register entry's, opened by a resting pointer or by keyboard
 * focus, kept to WCAG 2.2 SC 1.4.13 (dismissible, hoverable, persistent), never on touch, never for
 * a passage already on screen, with a remembered off switch, and loaded only on intent.
 */
import { expect, type Page, test } from '@playwright/test';
import { INTENT_DELAY } from '../../src/reading/previews/intent-delay.ts';
import { axeViolations } from '../support/axe.ts';
import { NO_TOUCH_IN_FIREFOX } from '../support/skips.ts';

const THEME = '/themes/taiwan/';
/** The first link of the Taiwan explainer to a passage. */
const explainerLink = (page: Page) => page.locator('.explainer a[href^="/articles/"]').first();
const preview = (page: Page) => page.locator('.link-preview');

/** Longer than any of the previews' delays (the intent delay, the grace period before closing). */
const A_WHILE = 1000;

/**
 * Loads the page with its clock stopped (Playwright's page.clock: timers, animation frames), so
 * that the previews' delays pass only when the test runs the clock on: a test that a delay holds
 * something back cannot then be outrun by a busy machine. Counts the preview's openings in
 * `window.opened`.
 */
async function withClockStopped(page: Page, url: string) {
	const start = new Date('2025-08-20T12:00:00Z').getTime();
	await page.clock.install({ time: start });
	await page.addInitScript(() => {
		const counter = window as unknown as { opened: number };
		counter.opened = 0;
		document.addEventListener('beforetoggle', (event) => (event as ToggleEvent).newState === 'open' && counter.opened++, true);
	});
	await page.goto(url);
	await page.clock.pauseAt(start + 60 * 60_000);
}
const openings = (page: Page) => page.evaluate(() => (window as unknown as { opened: number }).opened);

/** The passage's text as the article page has it, for comparison with the preview's. */
async function passageText(page: Page, href: string) {
	const response = await page.request.get(href.split('#')[0]!.replace(/\/$/, '/passages.json'));
	const data = (await response.json()) as { title: string; passages: Record<string, { text: string }> };
	return { title: data.title, text: data.passages[href.split('#')[1]!]!.text };
}

test('keyboard focus on a passage link shows the passage; Escape hides it and keeps focus; Tab onward closes it', async ({ page }) => {
	await withClockStopped(page, THEME);
	const link = explainerLink(page);
	const href = (await link.getAttribute('href'))!;
	// Focus by keyboard: a Tab first, so that focus that follows counts as the keyboard's.
	await page.keyboard.press('Tab');
	await link.focus();
	expect(await link.evaluate((a) => a.matches(':focus-visible'))).toBe(true);
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	const { title, text } = await passageText(page, href);
	await expect(preview(page).getByRole('heading', { name: title })).toBeVisible();
	await expect(preview(page).locator('.preview-text')).toHaveText(text);
	await expect(preview(page).getByRole('link', { name: 'Open the passage' })).toHaveAttribute('href', new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
	// Described as having a preview while it is open, and the preview is a region with that heading.
	await expect(link).toHaveAttribute('aria-describedby', 'link-preview-hint');
	await expect(preview(page)).toHaveRole('region');
	await expect(preview(page)).toHaveAccessibleName(title);
	await page.keyboard.press('Escape');
	await expect(preview(page)).toBeHidden();
	await expect(link).toBeFocused();
	await expect(link).not.toHaveAttribute('aria-describedby');
	// Back by keyboard, it opens again; Tab onward closes it. The clock stays stopped after that Tab,
	// so the next link's own preview (due one intent delay later) cannot open before the check.
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	await expect(link).toBeFocused();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(preview(page)).toBeHidden();
});

test('a resting pointer shows the preview, which stays while the pointer moves into it and goes when it leaves both', async ({ page }) => {
	await withClockStopped(page, THEME);
	const link = explainerLink(page);
	await link.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	// Never over the link: beside it, below or above.
	const [l, p] = [(await link.boundingBox())!, (await preview(page).boundingBox())!];
	expect(p.y >= l.y + l.height || p.y + p.height <= l.y).toBe(true);
	// Into the preview (through the gap between them, however long that takes), where its text can be selected.
	await page.mouse.move(p.x + 20, p.y + 20, { steps: 5 });
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeVisible();
	await preview(page).locator('.preview-text').selectText();
	expect(await page.evaluate(() => String(getSelection()).length)).toBeGreaterThan(20);
	await page.mouse.move(5, 5);
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeHidden();
});

test('on a phone the preview fits within the screen, scroll bar aside, and leaves the link clear', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(THEME);
	const link = explainerLink(page);
	await link.hover();
	await expect(preview(page)).toBeVisible();
	const [l, p] = [(await link.boundingBox())!, (await preview(page).boundingBox())!];
	const width = await page.evaluate(() => document.documentElement.clientWidth);
	expect(p.x).toBeGreaterThanOrEqual(0);
	expect(p.x + p.width).toBeLessThanOrEqual(width);
	expect(p.y >= l.y + l.height || p.y + p.height <= l.y).toBe(true);
});

test('a pointer only passing over a link opens nothing', async ({ page }) => {
	await withClockStopped(page, THEME);
	const link = explainerLink(page);
	// The preview's code and data come first, so that an intent acted on would show at once.
	await link.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	await page.mouse.move(5, 5);
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeHidden();
	// Passing over: on the link for half the intent delay, then away for a while.
	await link.hover();
	await page.clock.runFor(INTENT_DELAY / 2);
	await expect(preview(page)).toBeHidden();
	await page.mouse.move(5, 5);
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeHidden();
	// Resting, it opens: the one opening before it was the first hover's.
	await link.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	expect(await openings(page)).toBe(2);
});

test('a passage’s preview names the section it stands under and its themes, as its analysis’s page does', async ({ page, context }) => {
	await withClockStopped(page, THEME);
	// The analysis's last passage on the theme: past its first heading.
	const link = page.locator('.theme-passages a.read-in-context[href^="/articles/china-stake-neutrality-leverage/"]').last();
	const href = (await link.getAttribute('href'))!;
	const analysis = await context.newPage();
	await analysis.goto(href);
	const expected = await analysis.locator(`[id="${href.split('#')[1]}"]`).evaluate((passage) => {
		let heading = passage.previousElementSibling;
		while (heading && heading.tagName !== 'H2') heading = heading.previousElementSibling;
		const margin = passage.nextElementSibling?.matches('.passage-margin') ? passage.nextElementSibling : null;
		return { section: heading?.textContent, themes: [...(margin?.querySelectorAll('a[href^="/themes/"]') ?? [])].map((a) => a.textContent).join(' · ') };
	});
	expect(expected.section, 'the passage stands under a heading').toBeTruthy();
	expect(expected.themes, 'the passage has themes').toContain('Taiwan');
	await link.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page).locator('.preview-section')).toHaveText(expected.section!);
	await expect(preview(page).locator('.preview-themes')).toHaveText(`Themes: ${expected.themes}`);
});

test('a register entry’s preview gives its name, its roles and how often it is mentioned', async ({ page }) => {
	await page.goto('/articles/what-china-wants-and-fears/');
	const mention = page.locator('a.mention[href="/people/donald-trump/"]').first();
	await mention.hover();
	await expect(preview(page).getByRole('heading', { name: 'Donald Trump' })).toBeVisible();
	await expect(preview(page).locator('.preview-count')).toHaveText(/^Mentioned in \d+ passages of 3 analyses\.$/);
});

test('no preview for a passage already on screen; one for the same passage when it is not', async ({ page }) => {
	// The summary cites passages of its own page: on a short screen the first it cites is out of view.
	await page.setViewportSize({ width: 1280, height: 600 });
	await withClockStopped(page, '/articles/what-china-wants-and-fears/');
	const cite = page.locator('.summary a').first();
	const passage = page.locator(`[id="${(await cite.getAttribute('href'))!.split('#')[1]!}"]`);
	await expect(passage).not.toBeInViewport();
	await cite.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	await page.mouse.move(1, 1);
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeHidden();
	// On a tall screen it is in view too. The preview's code and data have come: an intent acted on would show at once.
	await page.setViewportSize({ width: 1280, height: 2400 });
	await expect(passage).toBeInViewport();
	await cite.hover();
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeHidden();
	expect(await openings(page)).toBe(1);
});

test('axe finds nothing wrong with a preview open', async ({ page }) => {
	await page.goto(THEME);
	await explainerLink(page).hover();
	await expect(preview(page)).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('the preview code and data load on intent only, from this site, with no CSP violation', async ({ page, baseURL }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto(THEME);
	await page.waitForLoadState('load');
	expect(requests.filter((url) => /link-preview|passages\.json/.test(url))).toEqual([]);
	await explainerLink(page).hover();
	await expect(preview(page)).toBeVisible();
	expect(requests.filter((url) => /passages\.json/.test(url))).toHaveLength(1);
	expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin && !url.startsWith('data:'))).toEqual([]);
	expect(violations).toEqual([]);
});

test('the off switch turns previews off, and stays off on the next page', async ({ page }) => {
	await withClockStopped(page, THEME);
	const toggle = page.getByRole('button', { name: 'Link previews' });
	const link = explainerLink(page);
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	// The preview's code and data come first, so that an intent acted on would show at once.
	await link.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(preview(page)).toBeHidden();
	await link.hover();
	await page.clock.runFor(A_WHILE);
	await expect(preview(page)).toBeHidden();
	expect(await openings(page)).toBe(1);
	// Off on the next page too, until switched on again.
	await page.reload();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await link.hover();
	await page.clock.runFor(INTENT_DELAY);
	await expect(preview(page)).toBeVisible();
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true });
	test('a tap follows the link, with no preview', async ({ page, browserName }) => {
		test.skip(browserName === 'firefox', NO_TOUCH_IN_FIREFOX);
		await page.goto(THEME);
		const link = explainerLink(page);
		const href = (await link.getAttribute('href'))!;
		await link.tap();
		await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
		await expect(preview(page)).toHaveCount(0);
	});
});
