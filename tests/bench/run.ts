/**
 * `npm run bench`: builds the site, measures it, prints the figures and records them in
 * tests/bench/RESULTS.md. It asserts nothing about time; budgets that are deterministic (sizes)
 * live in `npm test` instead. `npm run bench -- search` runs one section only (`scale` builds its
 * own sites, so it alone does not build dist/).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditSite, lighthouseTable } from './lighthouse.ts';
import { measureScale, scaleTable } from './scale.ts';
import { measureSearch } from './search.ts';
import { serveStatic } from '../../src/server/static-server.ts';
import { BENCH_PORT, BENCH_SITE_URL } from './origin.ts';
import { kb, markdownTable, ms, type Table } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const RESULTS = path.join(import.meta.dirname, 'RESULTS.md');
const RUNS = 5;
const LIGHTHOUSE_RUNS = 3;
export const SEARCH_QUERIES = ['Dragonbear', 'Global South', '"Friends of Peace"', 'sanctions'];

async function searchSection(): Promise<Table> {
	const site = await serveStatic(DIST, BENCH_PORT);
	const figures = await measureSearch(site.origin, SEARCH_QUERIES, RUNS);
	await site.close();
	return {
		title: `Search (built site, headless Chromium, median of ${RUNS} fresh profiles)`,
		head: ['query', 'cold: "/" → first result', 'cold bytes (gzip)', 'warm: query → first result', 'warm bytes', 'shared link: load → first result', 'shared link bytes (page included)'],
		rows: figures.map((f) => [f.query, ms(f.coldMs), kb(f.coldGzip), ms(f.warmMs), kb(f.warmGzip), ms(f.linkMs), kb(f.linkGzip)]),
		notes: [
			'Cold counts from the "/" keypress on an article page (which fetches the search code) with the query entered at once; its bytes are those fetched after the article had loaded and settled (the favicon, which Chromium fetches after the load event, is the page’s).',
			'Warm is the next query in the list, entered into the same open dialog. Both include the input’s 300 ms debounce (Pagefind’s default); the shared link (`/search/?q=`) searches without it.',
			'Bytes are what a gzip-serving host sends; Pagefind’s index and WebAssembly files are gzip already.',
		],
	};
}

interface Section {
	/** Whether it measures dist/, which is built first. */
	usesDist: boolean;
	measure(): Promise<Table>;
}

const SECTIONS: Record<string, Section> = {
	lighthouse: { usesDist: true, measure: async () => lighthouseTable(await auditSite(DIST, LIGHTHOUSE_RUNS), LIGHTHOUSE_RUNS) },
	search: { usesDist: true, measure: searchSection },
	scale: { usesDist: false, measure: async () => scaleTable(await measureScale()) },
};

function machine() {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

async function main() {
	const wanted = process.argv.slice(2);
	const names = wanted.length > 0 ? wanted : Object.keys(SECTIONS);
	const unknown = names.filter((n) => !SECTIONS[n]);
	if (unknown.length > 0) throw new Error(`Unknown bench section(s): ${unknown.join(', ')}. Known: ${Object.keys(SECTIONS).join(', ')}`);

	if (names.some((n) => SECTIONS[n]!.usesDist)) {
		console.log('Building the site…');
		execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: { ...process.env, SITE_URL: BENCH_SITE_URL }, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const tables: string[] = [];
	for (const name of names) {
		console.log(`Measuring ${name}…`);
		const table = markdownTable(await SECTIONS[name]!.measure());
		console.log(`\n${table}`);
		tables.push(table);
	}
	const report = [`# Bench results`, '', `${new Date().toISOString().slice(0, 10)} · ${machine()}`, '', `Produced by \`npm run bench${wanted.length ? ` -- ${wanted.join(' ')}` : ''}\`.`, '', ...tables].join('\n');
	writeFileSync(RESULTS, `${report}\n`);
	console.log(`Recorded in ${path.relative(ROOT, RESULTS)}`);
}

await main();
