/**
 * Size budgets per page type, gzip, before the reader opens search (see page-weight.ts). Sizes are
 * deterministic, so exceeding a budget fails `npm test`. For comparison, Starlight's CI budget per
 * docs page is 7 KB HTML, 27 KB JS and 16.75 KB CSS.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { articles } from '../support/content.ts';
import { fileFor } from '../support/built-site.ts';
import { pageWeight } from '../support/page-weight.ts';
import { NO_LAYOUT_SHIFT_API_IN_FIREFOX } from '../support/skips.ts';

const KB = 1024;
const PAGES = {
	home: '/',
	article: articles.find((a) => a.slug === 'what-china-wants-and-fears')!.url,
	theme: '/themes/sanctions/',
	search: '/search/',
	register: '/people/',
	'register entry': '/people/china/',
	timeline: '/timeline/',
	synopsis: '/compare/',
};
/** Every page type gets the article page's budget: 25 KB in all, 5 KB of it JavaScript. */
const BUDGET = { total: 25 * KB, js: 5 * KB };

for (const [type, sitePath] of Object.entries(PAGES)) {
	test(`${type} page (${sitePath}) stays within ${BUDGET.total / KB} KB, ${BUDGET.js / KB} KB of it JS`, () => {
		const weight = pageWeight(readFileSync(fileFor(sitePath)!, 'utf8'));
		console.log(`${type}: HTML ${weight.html} B, CSS ${weight.css} B, JS ${weight.js} B, total ${weight.total} B (gzip)`);
		expect(weight.total).toBeLessThanOrEqual(BUDGET.total);
		expect(weight.js).toBeLessThanOrEqual(BUDGET.js);
	});
}

/** The text face's files a first visit fetches (src/typeface/), counted apart from the page's budget. */
const FONT_BUDGET = 80 * KB;

for (const [type, sitePath] of Object.entries(PAGES)) {
	test(`${type} page (${sitePath}) fetches at most ${FONT_BUDGET / KB} KB of fonts on a first visit`, async ({ page }) => {
		await page.goto(sitePath);
		await page.waitForLoadState('load');
		await page.evaluate(() => document.fonts.ready);
		const fonts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.endsWith('.woff2'))
				.map((entry) => ({ name: entry.name, bytes: (entry as PerformanceResourceTiming).encodedBodySize })),
		);
		const bytes = fonts.reduce((sum, font) => sum + font.bytes, 0);
		console.log(`${type}: fonts ${bytes} B in ${fonts.length} files`);
		expect(fonts.length, 'the roman at least').toBeGreaterThan(0);
		for (const font of fonts) expect(new URL(font.name).pathname, 'served from /_astro/, hashed and immutable').toMatch(/^\/_astro\/[\w-]+\.[\w-]+\.woff2$/);
		expect(bytes).toBeLessThanOrEqual(FONT_BUDGET);
	});
}

/**
 * The analyses' pages against their text (#28): HTML bytes over the characters of their passages,
 * summed over the analyses, and elements per page: at most 5×. The pages stood at 7.1× before
 * their chrome was trimmed, 5.8× after, 5.2× once search-only markup moved to the index step's
 * copy, and 4.9× once the margin's lists went bare and the abstract stopped being given twice.
 */
const TEXT_RATIO = 5;
const MAX_ELEMENTS = 900;

test(`the analyses' pages weigh at most ${TEXT_RATIO}× their text, none over ${MAX_ELEMENTS} elements`, () => {
	let htmlBytes = 0;
	let textChars = 0;
	for (const article of articles) {
		const html = readFileSync(fileFor(article.url)!, 'utf8');
		const { passages } = JSON.parse(readFileSync(fileFor(`${article.url}passages.json`)!, 'utf8')) as { passages: Record<string, { text: string }> };
		const elements = html.match(/<[a-z][a-z0-9-]*/gi)?.length ?? 0;
		console.log(`${article.slug}: ${Buffer.byteLength(html)} B of HTML, ${elements} elements`);
		expect(elements, article.slug).toBeLessThanOrEqual(MAX_ELEMENTS);
		htmlBytes += Buffer.byteLength(html);
		textChars += Object.values(passages).reduce((sum, p) => sum + p.text.length, 0);
	}
	console.log(`the analyses: ${htmlBytes} B of HTML for ${textChars} characters of text, ${(htmlBytes / textChars).toFixed(2)}×`);
	expect(textChars, 'every passage counted').toBeGreaterThan(20_000);
	expect(htmlBytes / textChars).toBeLessThanOrEqual(TEXT_RATIO);
});

test('the page weight counts what it should', () => {
	const html = readFileSync(fileFor(PAGES.article)!, 'utf8');
	const weight = pageWeight(html);
	// Not trivially small: the HTML alone holds the whole text, and there are scripts and styles.
	expect(weight.html).toBeGreaterThan(5 * KB);
	expect(weight.css).toBeGreaterThan(2 * KB);
	expect(weight.js).toBeGreaterThan(1 * KB);
	expect(weight.total).toBeGreaterThan(weight.html + weight.css);
});

/**
 * Sums the page's layout shifts into `window.shift`, from its first paint on, and names what moved
 * in `window.moved`, so that a failure says where to look. `window.takeShifts()` adds those the
 * observer has not yet delivered. A shift whose every source has no node is left out: Chromium
 * names no node for a pseudo-element's box, and the only such boxes here are the invisible tap
 * areas of passage and note numbers (base.css). Moving alone, they move nothing a reader sees. (Seen
 * once in CI: one tap area moved 10 px at 179 ms and nothing else did; most likely a face arrived
 * inside its block period and re-set text not yet drawn, which Chromium does not count.)
 */
function countLayoutShifts() {
	type Shift = PerformanceEntry & { value: number; sources: Array<{ node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> };
	const record = window as unknown as { shift: number; moved: string[]; takeShifts: () => void };
	record.shift = 0;
	record.moved = [];
	const count = (entries: PerformanceEntryList) => {
		for (const entry of entries as Shift[]) {
			if (entry.sources.every(({ node }) => !node)) continue;
			record.shift += entry.value;
			for (const { node, previousRect: from, currentRect: to } of entry.sources) {
				const name = node instanceof Element ? `${node.localName}.${node.className}` : `text “${node?.textContent?.slice(0, 30)}”`;
				record.moved.push(`${name} at ${Math.round(entry.startTime)} ms: ${from.x},${from.y} ${from.width}×${from.height} → ${to.x},${to.y} ${to.width}×${to.height}`);
			}
		}
	};
	const observer = new PerformanceObserver((list) => count(list.getEntries()));
	observer.observe({ type: 'layout-shift', buffered: true });
	record.takeShifts = () => count(observer.takeRecords());
}

/**
 * The shifts of everything the page has done so far, drawn: once its fonts are in, two animation
 * frames (the second comes after the first has been painted, with any shift it made), then the
 * records the observer still holds. No waiting for a time in which nothing might happen.
 */
async function expectNoLayoutShift(page: Page, label: string) {
	const { shift, moved } = await page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
		const record = window as unknown as { shift: number; moved: string[]; takeShifts: () => void };
		record.takeShifts();
		return { shift: record.shift, moved: record.moved };
	});
	expect(shift, `${label}: ${moved.join('; ')}`).toBe(0);
}

test('reading and arriving at a passage shift no layout (CLS 0)', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_LAYOUT_SHIFT_API_IN_FIREFOX);
	await page.addInitScript(countLayoutShifts);
	const article = articles[1]!;
	for (const url of [article.url, `${article.url}?pagefind-highlight=China#${article.passageIds[5]}`, '/', '/themes/taiwan/']) {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		// Arriving from a search, the words are marked once the marking code has come.
		if (url.includes('pagefind-highlight')) await expect(page.locator('mark.pagefind-highlight').first()).toBeAttached();
		await expectNoLayoutShift(page, url);
	}
});

test('with the font files a second late, an analysis still shifts no layout (CLS 0)', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_LAYOUT_SHIFT_API_IN_FIREFOX);
	await page.route('**/*.woff2', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		await route.continue();
	});
	await page.addInitScript(countLayoutShifts);
	for (const url of [articles[1]!.url, `${articles[0]!.url}#${articles[0]!.passageIds[3]}`]) {
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		await expectNoLayoutShift(page, `${url}, fonts late`);
	}
});

// Results, filter counts and the query in its box all arrive after the page has drawn.
for (const width of [412, 1280]) {
	test(`a shared search link draws its results without moving anything (CLS 0, ${width} px wide)`, async ({ page, browserName }) => {
		test.skip(browserName === 'firefox', NO_LAYOUT_SHIFT_API_IN_FIREFOX);
		await page.setViewportSize({ width, height: 823 });
		await page.addInitScript(countLayoutShifts);
		await page.goto('/search/?q=sanctions');
		await expect.poll(() => page.locator('.search-page .search-hit').count()).toBeGreaterThan(3);
		await expect(page.locator('.facet-count').first()).toHaveText(/^\d+$/);
		await page.waitForLoadState('networkidle');
		await expectNoLayoutShift(page, `/search/?q=sanctions at ${width} px`);
	});
}

test('a preview opening and closing moves nothing on the page (CLS 0)', async ({ page, browserName }) => {
	test.skip(browserName === 'firefox', NO_LAYOUT_SHIFT_API_IN_FIREFOX);
	await page.addInitScript(countLayoutShifts);
	await page.goto('/themes/taiwan/');
	await page.waitForLoadState('networkidle');
	const links = page.locator('.explainer a[href^="/articles/"]');
	for (const index of [0, 1]) {
		await links.nth(index).hover();
		await expect(page.locator('.link-preview')).toBeVisible();
		await page.mouse.move(1, 1);
		await expect(page.locator('.link-preview')).toBeHidden();
	}
	await expectNoLayoutShift(page, 'previews on /themes/taiwan/');
});
