/**
 * `npm run bench`: builds the site, measures it, prints the figures and records them in
 * tests/bench/RESULTS.md (a run replaces the sections it measured). It asserts nothing about time; budgets that are deterministic (sizes)
 * live in `npm test` instead. `npm run bench -- search` runs one section only (`scale` builds its
 * own sites, so it alone does not build dist/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditSite, lighthouseTable } from './lighthouse.ts';
import { ARCHIVE_SIZE, measureScale, SCALE_SIZES, scaleTable } from './scale.ts';
import { measureSearch } from './search.ts';
import { measurePreviews } from './previews.ts';
import { measureArrival } from './arrival.ts';
import { INTENT_DELAY } from '../../src/reading/previews/intent-delay.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { BENCH_PORT, BENCH_SITE_URL } from './origin.ts';
import { kb, markdownTable, ms, type Table } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(import.meta.dirname, 'RESULTS.md');
const RUNS = 5;
const LIGHTHOUSE_RUNS = 3;
export const SEARCH_QUERIES = ['Dragonbear', 'Global South', '"Friends of Peace"', 'sanctions'];

/** The issue's goals for the reader's wait, from Pagefind's own time in the same run. */
const FRAME_MS = 1000 / 60;
const coldGoal = (engineMs: number) => 1.5 * engineMs + 50;
const warmGoal = (engineMs: number) => 2 * engineMs + FRAME_MS;
const goal = (readerMs: number, goalMs: number) => `≤ ${ms(goalMs)} ${readerMs <= goalMs ? '(met)' : '(missed)'}`;

async function searchSection(): Promise<Table> {
	const site = await serveStatic(DIST, BENCH_PORT);
	const figures = await measureSearch(site.origin, SEARCH_QUERIES, RUNS);
	await site.close();
	return {
		title: `Search (built site, headless Chromium, median of ${RUNS} fresh profiles)`,
		head: [
			'query',
			'cold: "/" → first result',
			'Pagefind alone, cold',
			'cold goal (1.5 × Pagefind + 50 ms)',
			'cold bytes (gzip; goal ≤ 100 KB)',
			'warm: query → first result',
			'Pagefind alone, warm',
			'warm goal (2 × Pagefind + 1 frame)',
			'warm bytes',
			'shared link: load → first result',
			'shared link bytes (page included)',
		],
		rows: figures.map((f) => [
			f.query,
			ms(f.coldMs),
			ms(f.engineColdMs),
			goal(f.coldMs, coldGoal(f.engineColdMs)),
			`${kb(f.coldGzip)} ${f.coldGzip <= 100 * 1024 ? '(met)' : '(missed)'}`,
			ms(f.warmMs),
			ms(f.engineWarmMs),
			goal(f.warmMs, warmGoal(f.engineWarmMs)),
			kb(f.warmGzip),
			ms(f.linkMs),
			kb(f.linkGzip),
		]),
		notes: [
			'Cold counts from the "/" keypress on an article page (which opens the dialog and fetches the search code) with the query entered at once; its bytes are those fetched after the article had loaded and settled (the favicon, which Chromium fetches after the load event, is the page’s).',
			'Warm is the next query in the list, entered into the same open dialog. There is no debounce: every input searches, and an overtaken answer is dropped.',
			'Pagefind alone: in a fresh profile on the same page, `pagefind.js` imported in the page itself, timed to the first result’s data for the same query (cold), then for the next query (warm); the reader’s figures include the worker’s messages and the drawing.',
			'Bytes are what a gzip-serving host sends; Pagefind’s index and WebAssembly files are gzip already.',
		],
	};
}

async function previewsSection(): Promise<Table> {
	const site = await serveStatic(DIST, BENCH_PORT);
	const { coldMs, warmMs } = await measurePreviews(site.origin, RUNS);
	await site.close();
	return {
		title: `Previews (built site, headless Chromium, median of ${RUNS} fresh pages)`,
		head: ['', `after the ${INTENT_DELAY} ms intent delay`, 'goal'],
		rows: [
			['cold: first preview of a page (code and data fetched)', ms(coldMs), '–'],
			['warm: another passage of the same analysis (data cached)', ms(warmMs), `≤ 100 ms ${warmMs <= 100 ? '(met)' : '(missed)'}`],
		],
		notes: ['From the pointer arriving on a link of the Taiwan explainer to the preview’s popover opening, less the delay.'],
	};
}

async function arrivalSection(): Promise<Table> {
	const site = await serveStatic(DIST, BENCH_PORT);
	const { inViewMs, firstPaintMs, pages } = await measureArrival(site.origin, RUNS);
	await site.close();
	return {
		title: `Arrival and first-visit bytes (built site, headless Chromium, median of ${RUNS} fresh pages)`,
		head: ['', 'figure', 'goal'],
		rows: [
			['a passage link: navigation → the passage in view', ms(inViewMs), `the first frame: within 1 frame of first paint ${inViewMs - firstPaintMs <= 17 ? '(met)' : '(missed)'}`],
			['the same: navigation → first contentful paint', ms(firstPaintMs), '–'],
			...pages.flatMap(({ page, pageGzip, fonts, fontFiles }) => [
				[`${page}: HTML, CSS and JS (gzip)`, kb(pageGzip), `≤ 25.0 KB ${pageGzip <= 25 * 1024 ? '(met)' : '(missed)'}`],
				[`${page}: fonts on a first visit (${fontFiles} file${fontFiles === 1 ? '' : 's'})`, kb(fonts), `≤ 80.0 KB ${fonts <= 80 * 1024 ? '(met)' : '(missed)'}`],
			]),
		],
		notes: [
			'The passage is `#russian-foreign-minister`, 5,000 px down its analysis, opened in a fresh page at 1280 × 800 on a local server; the time is the page’s own clock at the first animation frame that finds the passage’s box inside the viewport.',
			'Fonts are the text face’s WOFF2 files the page fetched (its roman, and its italic where the page sets italic), as served: WOFF2 is compressed already.',
		],
	};
}

/** Options after the section names: `--30000` adds an archive of 30,000 analyses to the scale section. */
const FLAGS = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));

interface Section {
	/** Whether it measures dist/, which is built first. */
	usesDist: boolean;
	measure(): Promise<Table>;
}

const SECTIONS: Record<string, Section> = {
	lighthouse: { usesDist: true, measure: async () => lighthouseTable(await auditSite(DIST, LIGHTHOUSE_RUNS), LIGHTHOUSE_RUNS) },
	search: { usesDist: true, measure: searchSection },
	previews: { usesDist: true, measure: previewsSection },
	arrival: { usesDist: true, measure: arrivalSection },
	scale: { usesDist: false, measure: async () => scaleTable(await measureScale(FLAGS.has('--30000') ? [...SCALE_SIZES, ARCHIVE_SIZE] : SCALE_SIZES)) },
};

function machine() {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** The sections of RESULTS.md, by name (the first word of each "### " title, lower-cased). */
function recordedSections(): Map<string, string> {
	const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
	return new Map(
		text
			.split(/^(?=### )/m)
			.filter((part) => part.startsWith('### '))
			.map((part) => [part.slice(4).split(/\s/)[0]!.toLowerCase(), part.trimEnd() + '\n']),
	);
}

async function main() {
	const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
	const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
	const unknown = names.filter((n) => !SECTIONS[n]);
	if (unknown.length > 0) throw new Error(`Unknown bench section(s): ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}`);

	if (names.some((n) => SECTIONS[n]!.usesDist)) {
		console.log('Building the site…');
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: { ...process.env, SITE_URL: BENCH_SITE_URL }, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const stamp = `_Last run: ${new Date().toISOString().slice(0, 10)} · ${machine()}, by \`npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`._`;
	const sections = recordedSections();
	for (const name of names) {
		console.log(`Measuring ${name}…`);
		const [title, ...rest] = markdownTable(await SECTIONS[name]!.measure()).split('\n');
		const table = [title, '', stamp, ...rest].join('\n');
		console.log(`\n${table}`);
		sections.set(name, table);
	}
	// Every section stays: a run replaces the ones it measured, each dated.
	const kept = Object.keys(SECTIONS).flatMap((name) => sections.get(name) ?? []);
	writeFileSync(RESULTS, `${['# Bench results', '', 'Produced by `npm run bench`; each section says when it last ran, and on what.', '', ...kept].join('\n').trimEnd()}\n`);
	console.log(`Recorded in ${path.relative(ROOT, RESULTS)}`);
}

await main();
