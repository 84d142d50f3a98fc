/**
 * Build cost as the collection grows: synthetic corpora of the real passages (see
 * synthetic-corpus.ts), each built and indexed in the OS temp dir exactly as `npm run build`
 * does, then searched in headless Chromium. Nothing is written to dist/ or content/.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from '../static-server.ts';
import { measureSearch } from './search.ts';
import { kb, median, ms, type Table } from './stats.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TIME = '/usr/bin/time';
export const SCALE_SIZES = [30, 300, 3000];
/** Twice the product owner's goal for 3,000 articles (120 s): a build slower than this is stopped. */
export const BUILD_LIMIT_S = 240;
const SEARCH_QUERIES = ['sanctions', 'Global South'];
const SEARCH_RUNS = 3;

interface Run {
	seconds: number;
	/** Peak resident memory of the process and its children, when /usr/bin/time is there. */
	peakBytes?: number;
}

interface ScaleFigures {
	articles: number;
	astro: Run;
	pagefind: Run;
	outBytes: number;
	pagefindBytes: number;
	articlePageBytes: number;
	coldMs: number;
	coldBytes: number;
	warmMs: number;
}

class TimeLimit extends Error {}

/** Runs a Node CLI of the project with the bench's own Node, stopping it after `limitS` seconds. */
function run(cwd: string, bin: string, args: string[], env: NodeJS.ProcessEnv, limitS: number): Promise<Run> {
	const peakFile = path.join(cwd, 'peak-kb');
	const command = [process.execPath, path.join(ROOT, 'node_modules/.bin', bin), ...args];
	const [file, ...argv] = existsSync(TIME) ? [TIME, '-f', '%M', '-o', peakFile, ...command] : command;
	const started = performance.now();
	// Its own process group, so that stopping it also stops whatever it started.
	const child = spawn(file!, argv, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-4000)));
	child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk).slice(-4000)));
	const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), limitS * 1000);
	return new Promise((resolve, reject) => {
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const seconds = (performance.now() - started) / 1000;
			if (signal === 'SIGKILL') return reject(new TimeLimit(`${bin} stopped after ${limitS} s`));
			if (code !== 0) return reject(new Error(`${bin} ${args.join(' ')} failed (${code}):\n${output}`));
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

/** Generates, builds, indexes and searches one corpus of `count` articles inside `work`. */
async function measureCorpus(work: string, count: number): Promise<ScaleFigures> {
	const content = path.join(work, `content-${count}`);
	const out = path.join(work, `site-${count}`);
	try {
		await writeSyntheticCorpus(content, count);
		const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' };
		const astro = await run(work, 'astro', ['build', '--force', '--root', ROOT], env, BUILD_LIMIT_S);
		const pagefind = await run(work, 'pagefind', ['--site', out], {}, BUILD_LIMIT_S);
		const articlePages = readdirSync(path.join(out, 'articles')).map((slug) => statSync(path.join(out, 'articles', slug, 'index.html')).size);

		const site = await serveStatic(out);
		const search = await measureSearch(site.origin, SEARCH_QUERIES, SEARCH_RUNS, '/articles/synthetic-0000/').finally(() => site.close());
		return {
			articles: count,
			astro,
			pagefind,
			outBytes: bytesOf(out),
			pagefindBytes: bytesOf(path.join(out, 'pagefind')),
			articlePageBytes: median(articlePages),
			coldMs: median(search.map((s) => s.coldMs)),
			coldBytes: Math.max(...search.map((s) => s.coldGzip)),
			warmMs: median(search.map((s) => s.warmMs)),
		};
	} finally {
		// A large corpus's output takes gigabytes: free it before building the next.
		rmSync(content, { recursive: true, force: true });
		rmSync(out, { recursive: true, force: true });
		rmSync(`${out}.cache`, { recursive: true, force: true });
	}
}

/** A temp working folder that is Astro's cwd during the builds (see the comment inside). */
function workFolder(): string {
	const work = mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
	// With an outDir outside its cwd, Astro renders from `<cwd>/.astro/.prerender/` and deletes it
	// afterwards: run from here, not the project, so the bench never touches the project's .astro/
	// while other builds (npm test) use it. The rendering code imports packages from there.
	mkdirSync(path.join(work, '.astro'));
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
	return work;
}

export type ScaleResult = ScaleFigures | { articles: number; stopped: string };

/** Measures each size in turn; after one is stopped by the time limit the larger ones are skipped. */
export async function measureScale(sizes = SCALE_SIZES): Promise<ScaleResult[]> {
	const work = workFolder();
	const results: ScaleResult[] = [];
	try {
		for (const count of sizes) {
			const previous = results.at(-1);
			if (previous && 'stopped' in previous) {
				results.push({ articles: count, stopped: `not built: ${previous.articles} articles already took over ${BUILD_LIMIT_S} s` });
				continue;
			}
			console.log(`  ${count} articles…`);
			results.push(
				await measureCorpus(work, count).catch((error: unknown) => {
					if (error instanceof TimeLimit) return { articles: count, stopped: `stopped: ${error.message}` };
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
const mb = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 2 ** 20).toFixed(0)} MB`);

export function scaleTable(results: ScaleResult[]): Table {
	return {
		title: `Scale (synthetic corpora of the real passages, built in the OS temp dir; search: median of ${SEARCH_RUNS} fresh profiles × ${SEARCH_QUERIES.length} queries)`,
		head: ['articles', 'astro build', 'pagefind', 'peak memory (astro / pagefind)', 'output', 'article page (median)', 'Pagefind index', 'cold search', 'first-search bytes (gzip)', 'warm search'],
		rows: results.map((r) =>
			'stopped' in r
				? [String(r.articles), r.stopped, ...Array<string>(8).fill('—')]
				: [
						String(r.articles),
						seconds(r.astro),
						seconds(r.pagefind),
						`${mb(r.astro.peakBytes)} / ${mb(r.pagefind.peakBytes)}`,
						mb(r.outBytes),
						kb(r.articlePageBytes),
						mb(r.pagefindBytes),
						ms(r.coldMs),
						kb(r.coldBytes),
						ms(r.warmMs),
					],
		),
		notes: [
			`Each synthetic article is 15–20 real paragraphs with one or two of the real headings, tagged with the themes its paragraphs carry in the real theme files; the registry is written by the code of \`npm run passages:update\`. Builds are stopped after ${BUILD_LIMIT_S} s (twice the goal of 120 s for 3,000 articles).`,
			'Goal: cost grows linearly with the number of articles; 3,000 articles build in ≤ 120 s on a 2-core machine; the first search fetches ≤ 300 KB.',
			'Cold search: "/" pressed on an article page → first result; first-search bytes: everything fetched for it (search code, Pagefind, index), the largest over the queries.',
		],
	};
}
