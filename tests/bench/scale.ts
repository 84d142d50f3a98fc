/**
 * Build cost as the collection grows: synthetic corpora of the real passages (see
 * tests/support/synthetic-corpus.ts), each built and indexed in the OS temp dir exactly as `npm run build`
 * does, then searched in headless Chromium. Nothing is written to dist/ or content/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { allCards } from '../../src/cards/cards.ts';
import { cachedCitations } from '../../src/citation/citation-workers.ts';
import { citableArticle, edition } from '../../src/citation/citable-article.ts';
import { cslItem } from '../../src/citation/csl-item.ts';
import { routes } from '../../src/config/routes.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { renderCards } from '../../src/cards/render-cards.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { BENCH_PORT, BENCH_SITE_URL } from './origin.ts';
import { measureSearch } from './search.ts';
import { kb, median, ms, type Table } from './stats.ts';
import { FIRST_ARTICLE_PATH, writeSyntheticCorpus } from '../support/synthetic-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';
export const SCALE_SIZES = [30, 300, 3000];
/** An archive's size, measured only when asked (`npm run bench -- scale --30000`): it takes an hour or more. */
export const ARCHIVE_SIZE = 30_000;
/** Twice the product owner's goal for 3,000 articles (120 s): a build still running then is stopped. */
const BUILD_LIMIT_S = 240;
/** The archive's own limits: an hour a step, and memory well short of what the machine has, so that running out is a finding, not a crash. */
const ARCHIVE_LIMIT_S = 3600;
const MEMORY_LIMIT_BYTES = 16 * 2 ** 30;
/** How often the memory watch reads the step's processes. */
const MEMORY_POLL_MS = 500;
const limitFor = (count: number) => (count >= ARCHIVE_SIZE ? ARCHIVE_LIMIT_S : BUILD_LIMIT_S);
const SEARCH_QUERIES = ['sanctions', 'Global South'];
const SEARCH_RUNS = 2;

interface Run {
	seconds: number;
	/** Peak resident memory of the process and its children; undefined without /usr/bin/time. */
	peakBytes?: number;
}

interface ScaleFigures {
	articles: number;
	/** The link cards drawn into an empty cache (cold), then again with every card cached (warm). */
	cards: { coldS: number; warmS: number; pngBytes: number };
	/** The citations formatted into an empty cache (cold), then asked for again (warm). */
	citations: { coldS: number; warmS: number };
	astro: Run;
	pagefind: Run;
	outBytes: number;
	pagefindBytes: number;
	articlePageBytes: number;
	/** The largest page, which grows with the collection (theme pages quote every tagged passage). */
	largestPage: { path: string; bytes: number };
	coldMs: number;
	coldBytes: number;
	warmMs: number;
	/** Pagefind's own times in the same runs (search.ts). */
	engineColdMs: number;
	engineWarmMs: number;
}

/** A size that was not measured, and why. */
interface NotBuilt {
	articles: number;
	reason: string;
}

export type ScaleResult = ScaleFigures | NotBuilt;

/** A build that failed or ran out of time: a finding for the table, not an error of the bench. */
class BuildFailure extends Error {}

/** The resident memory of every process in a process group (Linux /proc), in bytes. */
function groupResidentBytes(group: number): number {
	let total = 0;
	for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			// The process group is the fifth field of stat, the third after the parenthesised name.
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== group) continue;
			total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
		} catch {
			// The process ended while being read.
		}
	}
	return total;
}

/**
 * Runs a Node CLI of the project with the bench's own Node, stopping it after `limitS` seconds or
 * once its processes together hold more than MEMORY_LIMIT_BYTES.
 */
function run(cwd: string, script: string, args: string[], env: NodeJS.ProcessEnv, limitS: number): Promise<Run> {
	const peakFile = path.join(cwd, 'peak-kb');
	rmSync(peakFile, { force: true });
	const command = [process.execPath, path.join(ROOT, script), ...args];
	const [file, ...argv] = existsSync(TIME) ? [TIME, '-f', '%M', '-o', peakFile, ...command] : command;
	const started = performance.now();
	// Its own process group, so that stopping it also stops whatever it started.
	const child = spawn(file!, argv, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const keepTail = (chunk: Buffer) => (output = (output + chunk).slice(-2000));
	child.stdout.on('data', keepTail);
	child.stderr.on('data', keepTail);
	let stopped = '';
	const stop = (why: string) => {
		stopped ||= why;
		process.kill(-child.pid!, 'SIGKILL');
	};
	const timer = setTimeout(() => stop(`stopped after ${limitS} s`), limitS * 1000);
	let watchedPeak = 0;
	const watch = existsSync('/proc')
		? setInterval(() => {
				watchedPeak = Math.max(watchedPeak, groupResidentBytes(child.pid!));
				if (watchedPeak > MEMORY_LIMIT_BYTES) stop(`stopped at ${mb(watchedPeak)} after ${Math.round((performance.now() - started) / 1000)} s (limit ${mb(MEMORY_LIMIT_BYTES)})`);
			}, MEMORY_POLL_MS)
		: undefined;
	return new Promise((resolve, reject) => {
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			clearInterval(watch);
			const seconds = (performance.now() - started) / 1000;
			if (signal === 'SIGKILL') return reject(new BuildFailure(`${script} ${stopped || 'was killed'}`));
			if (code !== 0) {
				console.error(output);
				return reject(new BuildFailure(`${script} failed after ${Math.round(seconds)} s (output above)`));
			}
			const peakKb = existsSync(peakFile) ? Number.parseInt(readFileSync(peakFile, 'utf8'), 10) : Number.NaN;
			resolve({ seconds, ...(Number.isFinite(peakKb) && { peakBytes: peakKb * 1024 }) });
		});
	});
}

const files = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
const bytesOf = (dir: string) => files(dir).reduce((total, f) => total + statSync(f).size, 0);

/** The corpus's analyses as the build's collection holds them: their frontmatter, by the content schema. */
const corpusArticles = (content: string) =>
	readdirSync(path.join(content, 'articles')).map((file) => {
		const slug = file.replace(/\.md$/, '');
		const data = articleSchema.parse(parseFrontmatter(readFileSync(path.join(content, 'articles', file), 'utf8')).frontmatter);
		return { slug, url: routes.article(slug), entry: { data } };
	});

/** A cached step of the build, timed into an empty cache (cold), then again with all of it cached (warm). */
async function coldAndWarm(step: () => Promise<unknown>) {
	const timed = async () => {
		const started = performance.now();
		await step();
		return (performance.now() - started) / 1000;
	};
	return { coldS: await timed(), warmS: await timed() };
}

/**
 * The cached steps alone, as the build runs them, into the caches the build then reads: the link
 * cards (src/cards/render-cards.ts), drawn in worker threads, and the citations
 * (src/citation/citation-workers.ts), formatted by citeproc in worker threads. So the astro build
 * after them finds both cached, and its time leaves them out.
 */
async function measureCachedSteps(content: string, out: string) {
	const articles = corpusArticles(content);
	const jobs = allCards(articles);
	const cards = await coldAndWarm(() => renderCards(jobs, { cacheDir: `${out}.cards` }));
	const { pngs } = await renderCards(jobs, { cacheDir: `${out}.cards` });
	const items = articles.map((article) => cslItem(citableArticle(article, new URL(BENCH_SITE_URL)), edition(new URL(BENCH_SITE_URL))));
	const worker = new URL('../../src/citation/citation-worker.ts', import.meta.url);
	const citations = await coldAndWarm(() => Promise.all(cachedCitations(items, { cacheDir: `${out}.citations`, worker }).values()));
	return { cards: { ...cards, pngBytes: [...pngs.values()].reduce((sum, png) => sum + png.byteLength, 0) }, citations };
}

/** Generates, builds, indexes and searches one corpus of `count` articles inside `work`. */
async function measureCorpus(work: string, count: number): Promise<ScaleFigures> {
	const content = path.join(work, `content-${count}`);
	const out = path.join(work, `site-${count}`);
	try {
		await writeSyntheticCorpus(content, count);
		const env = { CONTENT_DIR: content, OUT_DIR: out, SITE_URL: BENCH_SITE_URL, ASTRO_TELEMETRY_DISABLED: '1' };
		// Where the build caches this corpus's cards and citations (astro.config.ts).
		const { cards, citations } = await measureCachedSteps(content, out);
		const astro = await run(work, 'node_modules/.bin/astro', ['build', '--force', '--root', ROOT], env, limitFor(count));
		// The build's own index step (src/search/build/index-site.ts), as `npm run build` runs it.
		const pagefind = await run(work, 'src/search/build/index-site.ts', [out], {}, limitFor(count));
		// Each analysis's own page, not the list of them (articles/index.html, articles/page/…).
		const articlePages = readdirSync(path.join(out, 'articles'), { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name !== 'page')
			.map((entry) => statSync(path.join(out, 'articles', entry.name, 'index.html')).size);
		const pages = files(out)
			.filter((f) => f.endsWith('.html'))
			.map((f) => ({ path: `/${path.relative(out, f).replace(/index\.html$/, '')}`, bytes: statSync(f).size }));

		const site = await serveStatic(out, BENCH_PORT);
		const search = await measureSearch(site.origin, SEARCH_QUERIES, SEARCH_RUNS, FIRST_ARTICLE_PATH).finally(() => site.close());
		return {
			articles: count,
			cards,
			citations,
			astro,
			pagefind,
			outBytes: bytesOf(out),
			pagefindBytes: bytesOf(path.join(out, 'pagefind')),
			articlePageBytes: median(articlePages),
			largestPage: pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
			coldMs: median(search.map((s) => s.coldMs)),
			coldBytes: Math.max(...search.map((s) => s.coldGzip)),
			warmMs: median(search.map((s) => s.warmMs)),
			engineColdMs: median(search.map((s) => s.engineColdMs)),
			engineWarmMs: median(search.map((s) => s.engineWarmMs)),
		};
	} finally {
		// A large corpus's output takes gigabytes: free it before building the next.
		for (const dir of [content, out, `${out}.cache`, `${out}.cards`, `${out}.citations`]) rmSync(dir, { recursive: true, force: true });
	}
}

/** A temp working folder that is Astro's cwd during the builds (see the comment inside). */
function workFolder(): string {
	const work = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
	// With an outDir outside its cwd, Astro renders from `<cwd>/.astro/.prerender/` and deletes it
	// afterwards: run from here, not the project, so the bench never touches the project's .astro/
	// while other builds (npm test) use it. The rendering code imports packages from here.
	mkdirSync(path.join(work, '.astro'));
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
	return work;
}

/**
 * Why `count` articles need not be built, judging by the sizes before: growing linearly from them,
 * it cannot finish in time. The line runs through the last two sizes, so a build's fixed cost
 * (seconds before the first page) is not multiplied with the articles; from one size, through zero.
 */
function hopeless(before: readonly ScaleResult[], count: number): string | undefined {
	const previous = before.at(-1);
	if (!previous) return undefined;
	if (!('astro' in previous)) return `not built: ${previous.articles} articles were not built either`;
	const earlier = before.at(-2);
	const perArticle = earlier && 'astro' in earlier ? (previous.astro.seconds - earlier.astro.seconds) / (previous.articles - earlier.articles) : previous.astro.seconds / previous.articles;
	const linear = previous.astro.seconds + perArticle * (count - previous.articles);
	if (linear > limitFor(count)) return `not built: linear growth from ${previous.articles} articles means ${Math.round(linear)} s`;
	return undefined;
}

/** Measures each size in turn, skipping those that cannot build within the time limit. */
export async function measureScale(sizes = SCALE_SIZES): Promise<ScaleResult[]> {
	const work = workFolder();
	const results: ScaleResult[] = [];
	try {
		for (const count of sizes) {
			const reason = hopeless(results, count);
			if (reason) {
				results.push({ articles: count, reason });
				continue;
			}
			console.log(`  ${count} articles…`);
			results.push(
				await measureCorpus(work, count).catch((error: unknown) => {
					if (error instanceof BuildFailure) return { articles: count, reason: error.message };
					throw error;
				}),
			);
		}
		return results;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

const seconds = (r: Run) => `${r.seconds.toFixed(1)} s`;
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MB`);

export function scaleTable(results: ScaleResult[]): Table {
	return {
		title: `Scale (synthetic corpora of the real passages, built in the OS temp dir; search: median of ${SEARCH_RUNS} fresh profiles × ${SEARCH_QUERIES.length} queries)`,
		head: ['articles', 'link cards, cold / warm (PNG total)', 'citations, cold / warm', 'astro build', 'pagefind', 'build per article', 'peak memory (astro / pagefind)', 'output', 'article page (median)', 'largest page', 'Pagefind index', 'cold search (Pagefind alone)', 'first-search bytes (gzip)', 'warm search (Pagefind alone)'],
		rows: results.map((r) =>
			'reason' in r
				? [String(r.articles), r.reason, ...Array<string>(12).fill('—')]
				: [
						String(r.articles),
						`${r.cards.coldS.toFixed(1)} s / ${r.cards.warmS.toFixed(1)} s (${mb(r.cards.pngBytes)})`,
						`${r.citations.coldS.toFixed(1)} s / ${r.citations.warmS.toFixed(1)} s`,
						seconds(r.astro),
						seconds(r.pagefind),
						ms(((r.cards.coldS + r.citations.coldS + r.astro.seconds + r.pagefind.seconds) * 1000) / r.articles),
						`${mb(r.astro.peakBytes)} / ${mb(r.pagefind.peakBytes)}`,
						mb(r.outBytes),
						kb(r.articlePageBytes),
						`${mb(r.largestPage.bytes)} (${r.largestPage.path})`,
						mb(r.pagefindBytes),
						`${ms(r.coldMs)} (${ms(r.engineColdMs)})`,
						kb(r.coldBytes),
						`${ms(r.warmMs)} (${ms(r.engineWarmMs)})`,
					],
		),
		notes: [
			'Link cards and citations: the build’s cached steps, each run alone before the astro build into the cache it reads (cards drawn by resvg and written with a palette by sharp, src/cards/; citations formatted by citeproc, src/citation/citation-workers.ts; both in worker threads, one per core). The astro build then finds them all cached: its time leaves them out. Warm: the same asked for again, all cached. Build per article counts them cold.',
			'Each synthetic article is 15–20 real paragraphs with one or two of the real headings, tagged with the themes its paragraphs carry in the real theme files; the registry is written by the code of `npm run passages:update`.',
			`Goal: cost grows linearly with the number of articles; 3,000 articles build and index in ≤ 120 s on a 2-core machine, each step in ≤ 2 GB; output ≤ 250 MB; the first search fetches ≤ 250 KB. A step still running after ${BUILD_LIMIT_S} s (${ARCHIVE_LIMIT_S} s for ${ARCHIVE_SIZE.toLocaleString('en')} articles, measured only with \`--30000\`) or holding more than ${mb(MEMORY_LIMIT_BYTES)} is stopped, and a size is not built when linear growth from the sizes before (a line through the last two) would already exceed its time limit.`,
			'Cold search: "/" pressed on an article page → first result; first-search bytes: everything fetched for it (search code, Pagefind, index), the largest over the queries. Warm: the other query in the open dialog. In brackets, Pagefind alone in the page for the same queries (see the search table).',
			'MB and KB are 2²⁰ and 2¹⁰ bytes, for memory and for output alike.',
		],
	};
}
