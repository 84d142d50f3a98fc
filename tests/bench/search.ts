/**
 * Search as a reader meets it, in headless Chromium against a served build: bytes fetched and
 * milliseconds until the first result is on screen, cold (nothing loaded or cached) and warm
 * (the same page, a second query). Times come from the page's own clock.
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../support/browsers.ts';
import { gzipSize, median } from './stats.ts';

const ARTICLE_PAGE = '/articles/axis-of-pragmatism/';
/** A drawn result, in the header dialog or on the search page. */
const FIRST_RESULT = '.search-hit a[href]';

export interface Transfer {
	url: string;
	/** Bytes as served uncompressed. */
	raw: number;
	/** Bytes a gzip-serving host sends (Pagefind's index files are gzip already). */
	gzip: number;
}

export interface SearchTiming {
	ms: number;
	transfers: Transfer[];
}

export const launchChromium = (): Promise<Browser> =>
	chromium.launch({ executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_ARGS });

/** Records every response body of the page from now on. */
function recordTransfers(page: Page) {
	const pending: Promise<Transfer | undefined>[] = [];
	page.on('response', (response) => {
		pending.push(
			response.body().then(
				(body) => {
					const gzipped = body[0] === 0x1f && body[1] === 0x8b;
					return { url: response.url(), raw: body.length, gzip: gzipped ? body.length : gzipSize(body) };
				},
				() => undefined,
			),
		);
	});
	/** The transfers so far. */
	return async () => (await Promise.all([...pending])).filter((t): t is Transfer => Boolean(t));
}

interface BenchClock {
	/** Page time of the first keydown and the last input event since `arm()`. */
	key?: number;
	input?: number;
	/** Page time the first result link appeared after `arm()`. */
	results?: number;
	arm(): void;
}

/** Runs in the page before its own scripts: timestamps for keys, input and the first result. */
function installClock(selector: string) {
	const clock: BenchClock = {
		arm() {
			delete clock.key;
			delete clock.input;
			delete clock.results;
			armed = !document.querySelector(selector);
		},
	};
	let armed = true;
	(window as unknown as { benchClock: BenchClock }).benchClock = clock;
	addEventListener('keydown', (e) => (clock.key ??= e.timeStamp), { capture: true });
	addEventListener('input', (e) => (clock.input = e.timeStamp), { capture: true });
	new MutationObserver(() => {
		if (armed && document.querySelector(selector)) {
			clock.results = performance.now();
			armed = false;
		}
	}).observe(document, { subtree: true, childList: true });
}

const readClock = (page: Page) => page.evaluate(() => (window as unknown as { benchClock: BenchClock }).benchClock);
const armClock = (page: Page) => page.evaluate(() => (window as unknown as { benchClock: BenchClock }).benchClock.arm());

async function waitForResults(page: Page): Promise<BenchClock> {
	await page.waitForFunction(() => (window as unknown as { benchClock: BenchClock }).benchClock.results !== undefined, undefined, { timeout: 30_000 });
	return readClock(page);
}

async function freshPage(browser: Browser) {
	const context = await browser.newContext();
	await context.addInitScript(installClock, FIRST_RESULT);
	return { context, page: await context.newPage() };
}

/** Pagefind on its own, in the page's main thread: what the reader's figures are held against. */
export interface EngineRun {
	/** Import of pagefind.js → the first result's data, nothing loaded or cached before. */
	coldMs: number;
	/** A second query in the same, loaded Pagefind → its first result's data. */
	warmMs: number;
}

/** In a fresh profile on the article page: Pagefind's own cold and warm times for the two queries. */
async function engineSearch(browser: Browser, origin: string, query: string, warmQuery: string, articlePage: string): Promise<EngineRun> {
	const { context, page } = await freshPage(browser);
	await page.goto(origin + articlePage, { waitUntil: 'networkidle' });
	const run = await page.evaluate(
		async ([query, warmQuery]) => {
			const url = '/pagefind/pagefind.js';
			type Engine = { options(o: object): Promise<void>; search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }> };
			const first = async (engine: Engine, q: string) => (await engine.search(q)).results[0]?.data();
			const t0 = performance.now();
			const engine = (await import(url)) as Engine;
			await engine.options({ baseUrl: '/', excerptLength: 36 });
			await first(engine, query!);
			const t1 = performance.now();
			await first(engine, warmQuery!);
			return { coldMs: t1 - t0, warmMs: performance.now() - t1 };
		},
		[query, warmQuery],
	);
	await context.close();
	return run;
}

export interface HeaderSearchRun {
	/** "/" pressed (the dialog's code is fetched then) → first result on screen. */
	coldMs: number;
	/** Bytes fetched after the article page had loaded, until the first result. */
	coldTransfers: Transfer[];
	/** The query entered into the open dialog → first result, for a second query. */
	warmMs: number;
	warmTransfers: Transfer[];
}

/** A fresh profile opens an article, presses "/", enters `query`, then clears and enters `warmQuery`. */
export async function headerSearch(browser: Browser, origin: string, query: string, warmQuery: string, articlePage = ARTICLE_PAGE): Promise<HeaderSearchRun> {
	const { context, page } = await freshPage(browser);
	// Once the article has settled: Chromium fetches the favicon after the load event, and that is
	// the page's, not the search's.
	await page.goto(origin + articlePage, { waitUntil: 'networkidle' });
	let transfers = recordTransfers(page);
	await armClock(page);
	// The dialog opens and takes focus on the keydown itself: the query follows at once, as a reader types it.
	await page.keyboard.press('/');
	await page.keyboard.insertText(query);
	const input = page.locator('.search-dialog input[type="search"]');
	const cold = await waitForResults(page);
	const coldTransfers = await transfers();

	await input.fill('');
	await page.locator(`.search-dialog ${FIRST_RESULT}`).first().waitFor({ state: 'detached' });
	transfers = recordTransfers(page);
	await armClock(page);
	await page.keyboard.insertText(warmQuery);
	const warm = await waitForResults(page);
	const warmTransfers = await transfers();
	await context.close();
	return { coldMs: cold.results! - cold.key!, coldTransfers, warmMs: warm.results! - warm.input!, warmTransfers };
}

export interface SharedLinkRun {
	/** Navigation start → first result on screen. */
	ms: number;
	/** Everything fetched, the page included. */
	transfers: Transfer[];
}

/** A fresh profile opens `/search/?q=query`, as from a shared link. */
export async function sharedLinkSearch(browser: Browser, origin: string, query: string): Promise<SharedLinkRun> {
	const { context, page } = await freshPage(browser);
	const transfers = recordTransfers(page);
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	const clock = await waitForResults(page);
	const run = { ms: clock.results!, transfers: await transfers() };
	await context.close();
	return run;
}

export const sumBytes = (transfers: Transfer[], key: 'raw' | 'gzip') => transfers.reduce((total, t) => total + t[key], 0);

export interface SearchFigures {
	query: string;
	coldMs: number;
	/** Pagefind's own times for the same queries, in the same run (EngineRun). */
	engineColdMs: number;
	engineWarmMs: number;
	coldGzip: number;
	coldRaw: number;
	warmMs: number;
	warmGzip: number;
	linkMs: number;
	linkGzip: number;
}

/**
 * Medians over `runs` fresh profiles per query; each query's warm figure is for the next query in
 * the list. The header search starts from `articlePage` (a site of other content has other pages).
 */
export async function measureSearch(origin: string, queries: string[], runs: number, articlePage = ARTICLE_PAGE): Promise<SearchFigures[]> {
	const browser = await launchChromium();
	const figures: SearchFigures[] = [];
	for (const [i, query] of queries.entries()) {
		const warmQuery = queries[(i + 1) % queries.length]!;
		const header: HeaderSearchRun[] = [];
		const link: SharedLinkRun[] = [];
		const engine: EngineRun[] = [];
		for (let run = 0; run < runs; run++) {
			header.push(await headerSearch(browser, origin, query, warmQuery, articlePage));
			engine.push(await engineSearch(browser, origin, query, warmQuery, articlePage));
			link.push(await sharedLinkSearch(browser, origin, query));
		}
		figures.push({
			query,
			coldMs: median(header.map((r) => r.coldMs)),
			engineColdMs: median(engine.map((r) => r.coldMs)),
			engineWarmMs: median(engine.map((r) => r.warmMs)),
			coldGzip: median(header.map((r) => sumBytes(r.coldTransfers, 'gzip'))),
			coldRaw: median(header.map((r) => sumBytes(r.coldTransfers, 'raw'))),
			warmMs: median(header.map((r) => r.warmMs)),
			warmGzip: median(header.map((r) => sumBytes(r.warmTransfers, 'gzip'))),
			linkMs: median(link.map((r) => r.ms)),
			linkGzip: median(link.map((r) => sumBytes(r.transfers, 'gzip'))),
		});
	}
	await browser.close();
	return figures;
}
