/**
 * Lighthouse (its defaults: a mid-range phone, simulated slow 4G and CPU) on one page of each
 * type of a built site, driving the same Chromium as the browser tests.
 */
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from '../support/browsers.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { BENCH_PORT } from './origin.ts';
import { median, ms, type Table } from './stats.ts';

export const LIGHTHOUSE_PAGES: Record<string, string> = {
	home: '/',
	article: '/articles/china-stake-neutrality-leverage/',
	theme: '/themes/taiwan/',
	search: '/search/?q=sanctions',
};

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Lighthouse's own pass mark for a scored audit. */
const PASS = 0.9;

export interface PageReport {
	page: string;
	scores: Record<string, number>;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits of the four categories that fall short, as "id (title)". */
	failing: string[];
}

const CHROME_FLAGS = [
	'--headless=new',
	...QUIET_CHROMIUM_ARGS,
	// Chromium refuses to start as root (containers, CI) with its sandbox on; Playwright does the same.
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function failingAudits(lhr: Result): string[] {
	const metrics = new Set(lhr.categories.performance?.auditRefs.filter((ref) => ref.group === 'metrics').map((ref) => ref.id));
	const ids = new Set(CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.map((ref) => ref.id) ?? []));
	return [...ids]
		.map((id) => lhr.audits[id]!)
		.filter((audit) => !metrics.has(audit.id) && audit.score !== null && audit.score < PASS)
		.map((audit) => `${audit.id} (${audit.title})`);
}

function pageReport(page: string, lhr: Result): PageReport {
	const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
	return {
		page,
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)])),
		lcpMs: numeric('largest-contentful-paint'),
		tbtMs: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		failing: failingAudits(lhr),
	};
}

/** The run with the median performance score: scores, metrics and audits from one consistent run. */
function medianRun(runs: Result[]): Result {
	const performance = (lhr: Result) => lhr.categories.performance?.score ?? 0;
	const middle = median(runs.map(performance));
	return runs.reduce((best, lhr) => (Math.abs(performance(lhr) - middle) < Math.abs(performance(best) - middle) ? lhr : best));
}

/** Audits `runs` times each page of the site in `dir`, in one Chromium with a fresh tab per run. */
export async function auditSite(dir: string, runs: number): Promise<PageReport[]> {
	const site = await serveStatic(dir, BENCH_PORT);
	const chrome = await launch({ chromePath: chromiumExecutable() ?? chromium.executablePath(), chromeFlags: CHROME_FLAGS });
	try {
		const reports: PageReport[] = [];
		for (const [page, pathname] of Object.entries(LIGHTHOUSE_PAGES)) {
			const results: Result[] = [];
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(site.origin + pathname, { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES });
				if (!result) throw new Error(`Lighthouse returned no result for ${pathname}`);
				if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${pathname}: ${result.lhr.runtimeError.message}`);
				results.push(result.lhr);
			}
			reports.push(pageReport(page, medianRun(results)));
		}
		return reports;
	} finally {
		chrome.kill();
		await site.close();
	}
}

export function lighthouseTable(reports: PageReport[], runs: number): Table {
	return {
		title: `Lighthouse (mobile emulation and simulated throttling, Lighthouse’s defaults; median of ${runs} runs by performance score)`,
		head: ['page', 'path', ...CATEGORIES, 'LCP', 'TBT', 'CLS'],
		rows: reports.map((r) => [
			r.page,
			`\`${LIGHTHOUSE_PAGES[r.page]}\``,
			...CATEGORIES.map((c) => String(r.scores[c])),
			ms(r.lcpMs),
			ms(r.tbtMs),
			r.cls.toFixed(3),
		]),
		notes: [
			'Served by src/server/static-server.ts, with the site’s _headers,, which gzips text as a static host would.',
			...reports.map((r) => `Failing audits, ${r.page}: ${r.failing.length > 0 ? r.failing.join('; ') : 'none'}.`),
		],
	};
}
