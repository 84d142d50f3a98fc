/**
 * The text first: the author's words start on the first screen, the apparatus costs the keyboard
 * at most two stops a passage (besides the register's links on first mentions, which are the
 * author's words, and the editor's notes, which their markers announce) and stays out of the
 * text's way, lines have a readable measure, and print is black on white whatever the reader chose.
 */
import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { NO_MEDIA_EMULATION_IN_FIREFOX } from '../support/skips.ts';

/** Where the article's first passage starts, in px from the top of the page. */
const firstPassageTop = (page: Page) => page.locator('.article-body [data-passage]').first().evaluate((el) => el.getBoundingClientRect().top + scrollY);

for (const article of articles) {
	test(`${article.slug}: the text starts on the first screen (1440×900) and within 1.5 screens on a phone (390×844)`, async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(article.url);
		expect(await firstPassageTop(page)).toBeLessThan(900 - 40);
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await firstPassageTop(page)).toBeLessThan(1.5 * 844 - 40);
	});

	test(`${article.slug}: at most two tab stops a passage, the ¶ and its themes, besides first mentions and editor’s notes`, async ({ page }) => {
		await page.goto(article.url);
		const stops = await page.locator('.article-body [data-passage]').evaluateAll((passages) => {
			const tabbable = (root: Element) =>
				[...root.querySelectorAll<HTMLElement>('a[href], button, summary, input, [tabindex]')].filter(
					(el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }),
				);
			return passages.map((p) => {
				// An editor's note is asked for by its marker, and then has its own links (notes.spec.ts).
				const apparatus = [...tabbable(p), ...(p.nextElementSibling?.matches('.passage-margin') ? tabbable(p.nextElementSibling) : [])].filter(
					(el) => !el.closest('.note-ref, .editor-notes'),
				);
				const mentions = apparatus.filter((el) => el.matches('a.mention'));
				return { id: p.id, stops: apparatus.length - mentions.length, mentions: mentions.map((a) => a.getAttribute('href')) };
			});
		});
		expect(stops.filter((s) => s.stops > 2)).toEqual([]);
		expect(stops.every((s) => s.stops >= 1)).toBe(true);
		// A register entry is linked once an analysis, however often the analysis names it.
		const mentionLinks = stops.flatMap((s) => s.mentions);
		expect(new Set(mentionLinks).size).toBe(mentionLinks.length);
	});
}

test('opening a passage’s tools moves no text and covers none of it; Escape from its ¶ closes them', async ({ page }) => {
	const article = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;
	await page.goto(article.url);
	const passages = page.locator('.article-body [data-passage]');
	const where = () => passages.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + scrollY)));
	const before = await where();
	const passage = passages.nth(3);
	const permalink = passage.locator('> .passage-link');
	await passage.hover();
	await permalink.click();
	const tools = page.locator('.passage-actions');
	await expect(tools).toBeVisible();
	expect(await where()).toEqual(before);
	const [toolsBox, passageBox] = [await tools.boundingBox(), await passage.boundingBox()];
	expect(toolsBox!.y + toolsBox!.height, 'above the passage’s first line').toBeLessThanOrEqual(passageBox!.y + 1);
	await expect(permalink).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(tools).toBeHidden();
	await expect(permalink).toBeFocused();
	await expect(permalink).toHaveAttribute('aria-expanded', 'false');
});

// WCAG 2.2 SC 2.5.8: what a tap meets, not only the box drawn. Every point of a 24 × 24 px square
// round each small link (kept on screen) must reach that link.
test('the note marker, the note’s way back and a passage’s number each take taps over 24 × 24 px at 360 px', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/articles/what-china-wants-and-fears/');
	for (const selector of ['.note-ref a', '.editor-note .note-number', '[data-passage] > .passage-link']) {
		const link = page.locator(selector).first();
		await link.scrollIntoViewIfNeeded();
		const missed = await link.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const left = Math.max(0, box.left + box.width / 2 - 12);
			const top = box.top + box.height / 2 - 12;
			const misses: string[] = [];
			for (let x = left + 1; x <= left + 23; x += 5.5)
				for (let y = top + 1; y <= top + 23; y += 5.5) {
					const hit = document.elementFromPoint(x, y);
					if (!hit || !(hit === el || el.contains(hit))) misses.push(`(${Math.round(x)}, ${Math.round(y)}): ${hit?.tagName ?? 'nothing'}`);
				}
			return misses;
		});
		expect(missed, selector).toEqual([]);
	}
});

test('on a phone the authors’ first sentence starts within 900 px, our summary folded before it; wider, the summary is simply there', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	for (const article of articles) {
		await page.goto(article.url);
		const first = page.locator('.article-body [data-passage]').first();
		expect(await first.evaluate((el) => el.getBoundingClientRect().top + scrollY), article.slug).toBeLessThanOrEqual(900);
		const about = page.locator('.article-about');
		await expect(about.locator('.summary')).toBeHidden();
		// First in the reading order still: the disclosure comes before the text, and opens on a tap.
		expect(await about.evaluate((el, body) => Boolean(el.compareDocumentPosition(body!) & Node.DOCUMENT_POSITION_FOLLOWING), await first.elementHandle())).toBe(true);
		await about.getByText('Our summary and context').click();
		await expect(about.locator('.summary')).toBeVisible();
	}
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(articles[0]!.url);
	await expect(page.locator('.article-about > summary')).toBeHidden();
	await expect(page.locator('.article-about .summary')).toBeVisible();
	await expect(page.locator('.article-about .placement, .article-about p').first()).toBeVisible();
});

test('the longest passage keeps to 72 characters a line at 1440 px', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	const article = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;
	await page.goto(article.url);
	const perLine = await page.locator('.article-body [data-passage]').evaluateAll((passages) => {
		const longest = passages.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a));
		const lines = new Map<number, number>();
		const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
			if (node.parentElement?.closest('.passage-link')) continue;
			for (let i = 0; i < node.length; i++) {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const top = range.getClientRects()[0]?.top;
				if (top !== undefined) lines.set(Math.round(top), (lines.get(Math.round(top)) ?? 0) + 1);
			}
		}
		return [...lines.values()];
	});
	expect(perLine.length).toBeGreaterThan(4);
	expect(Math.max(...perLine)).toBeLessThanOrEqual(72);
	// Not so narrow either: the full lines (all but the last) average at least 55.
	const full = perLine.slice(0, -1);
	expect(full.reduce((a, b) => a + b, 0) / full.length).toBeGreaterThanOrEqual(55);
});

test('keyboard: a passage’s themes disclosure opens on Enter and leads to its theme links and comparisons', async ({ page }) => {
	const article = articles.find((a) => a.slug === 'what-china-wants-and-fears')!;
	await page.goto(article.url);
	const notes = page.locator('.passage-margin > details').first();
	const summary = notes.locator('summary');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(notes).toHaveAttribute('open', '');
	await page.keyboard.press('Tab');
	await expect(notes.locator('div > ul a').first()).toBeFocused();
	const quote = notes.locator('.compare-list a').first();
	for (let i = 0; i < 10 && !(await quote.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(quote).toBeFocused();
	const href = await quote.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(href!);
});

test('on a phone, nothing but the header covers a targeted passage, its tools or a search landing, and nothing is left over after scrolling away', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	const article = articles.find((a) => a.slug === 'what-china-wants-and-fears')!;
	const id = article.passageIds[6]!;
	await page.goto(`${article.url}?pagefind-highlight=sanctions#${id}`);
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	await expect(page.locator('search-highlight')).toBeVisible();
	await page.locator(`[id="${id}"] > .passage-link`).click();
	await expect(page.locator('.passage-actions')).toBeVisible();
	/** Fixed and sticky boxes, other than the site header and what hangs from it, over `selector`. */
	const covering = (selector: string) =>
		page.evaluate((selector) => {
			const target = document.querySelector(selector)!.getBoundingClientRect();
			return [...document.querySelectorAll<HTMLElement>('body *')]
				.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && !el.closest('.site-header') && el.checkVisibility())
				.filter((el) => {
					const box = el.getBoundingClientRect();
					return box.bottom > target.top && box.top < target.bottom && box.right > target.left && box.left < target.right;
				})
				.map((el) => el.outerHTML.slice(0, 80));
		}, selector);
	expect(await covering(`[id="${id}"]`)).toEqual([]);
	// The ¶ keeps clear of the highlight's edge, which reaches 0.6rem into the gutter.
	const pilcrow = await page.locator(`[id="${id}"] > .passage-link`).boundingBox();
	const passageBox = await page.locator(`[id="${id}"]`).boundingBox();
	expect(pilcrow!.x + pilcrow!.width).toBeLessThanOrEqual(passageBox!.x - 0.6 * 16);
	// The header's notice hangs below it; the passage lands clear of it.
	const notice = await page.locator('search-highlight').boundingBox();
	const passage = await page.locator(`[id="${id}"]`).boundingBox();
	expect(passage!.y).toBeGreaterThanOrEqual(notice!.y + notice!.height);

	await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
	await expect(page.locator('search-highlight')).toBeHidden();
	await expect(page.locator('.passage-actions')).toBeHidden();
	const leftOver = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('body *')]
			.filter((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position) && !el.matches('.site-header') && el.checkVisibility())
			.map((el) => el.outerHTML.slice(0, 80)),
	);
	expect(leftOver).toEqual([]);
});

test('on a phone, the search notice folds to its button once the reader scrolls on, moving no text', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	const article = articles.find((a) => a.slug === 'what-china-wants-and-fears')!;
	const id = article.passageIds[6]!;
	await page.goto(`${article.url}?pagefind-highlight=sanctions#${id}`);
	const notice = page.locator('search-highlight');
	await expect(notice).toBeVisible();
	const band = (await notice.boundingBox())!;
	expect(band.width).toBeGreaterThan(300);
	const top = () => page.locator(`[id="${id}"]`).evaluate((el) => el.getBoundingClientRect().top + scrollY);
	const before = await top();
	await page.mouse.wheel(0, 120);
	await expect(notice).toHaveClass(/folded/);
	const folded = (await notice.boundingBox())!;
	expect(folded.width).toBeLessThan(360 / 2);
	expect(folded.height).toBeLessThanOrEqual(band.height);
	await expect(notice.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
	await expect(notice.getByRole('status')).toContainText('Search words are marked.');
	expect(await top()).toBeCloseTo(before, 1);
});

test('printing after choosing Dark is black on white, at least 7:1', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_MEDIA_EMULATION_IN_FIREFOX);
	const article = articles[0]!;
	await page.goto(article.url);
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.emulateMedia({ media: 'print' });
	const colours = await page.evaluate(() => {
		const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
		const luminance = ([r, g, b]: number[]) => {
			const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
			return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
		};
		const bg = luminance(parse(getComputedStyle(document.documentElement).backgroundColor));
		return [...document.querySelectorAll('.article-body p, .article-header h1, .article-meta, .provenance dd')].map((el) => {
			const fg = luminance(parse(getComputedStyle(el).color));
			return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
		});
	});
	expect(colours.length).toBeGreaterThan(10);
	expect(Math.min(...colours)).toBeGreaterThanOrEqual(7);
});
