/**
 * A reader following a link, in headless Chromium against a served build: the time from the
 * navigation's start to the first frame with the linked passage in view, and the bytes of the
 * page and of its fonts on a first visit (fonts counted apart from the page's budget).
 */
import { readFileSync } from 'node:fs';
import { fileFor } from '../support/built-site.ts';
import { pageWeight } from '../support/page-weight.ts';
import { launchChromium } from './search.ts';
import { median } from './stats.ts';

const ARRIVAL_LINK = '/articles/china-stake-neutrality-leverage/#russian-foreign-minister';
const FONT_PAGES: Record<string, string> = { home: '/', article: '/articles/china-stake-neutrality-leverage/', theme: '/themes/taiwan/' };

export interface ArrivalFigures {
	inViewMs: number;
	/** The same pages' first contentful paint, for comparison: arriving at once means the two are a frame apart. */
	firstPaintMs: number;
	/** Per page of FONT_PAGES: the page's HTML, CSS and JS (gzip) and its fonts, in bytes. */
	pages: { page: string; pageGzip: number; fonts: number; fontFiles: number }[];
}

export async function measureArrival(origin: string, runs: number): Promise<ArrivalFigures> {
	const browser = await launchChromium();
	const times: number[] = [];
	const paints: number[] = [];
	for (let run = 0; run < runs; run++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		// From the first frame on, the first moment the passage's box is inside the viewport.
		await page.addInitScript((id) => {
			const look = () => {
				const box = document.getElementById(id)?.getBoundingClientRect();
				if (box && box.top >= 0 && box.top < innerHeight) (window as unknown as { inView: number }).inView = performance.now();
				else requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		}, new URL(ARRIVAL_LINK, origin).hash.slice(1));
		await page.goto(origin + ARRIVAL_LINK);
		times.push(await page.waitForFunction(() => (window as unknown as { inView?: number }).inView).then((h) => h.jsonValue() as Promise<number>));
		paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN));
		await page.close();
	}
	const pages = [];
	for (const [name, sitePath] of Object.entries(FONT_PAGES)) {
		const page = await browser.newPage();
		await page.goto(origin + sitePath);
		await page.evaluate(() => document.fonts.ready);
		const fonts = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => entry.name.endsWith('.woff2'))
				.map((entry) => (entry as PerformanceResourceTiming).encodedBodySize),
		);
		pages.push({ page: name, pageGzip: pageWeight(readFileSync(fileFor(sitePath)!, 'utf8')).total, fonts: fonts.reduce((a, b) => a + b, 0), fontFiles: fonts.length });
		await page.close();
	}
	await browser.close();
	return { inViewMs: median(times), firstPaintMs: median(paints), pages };
}
