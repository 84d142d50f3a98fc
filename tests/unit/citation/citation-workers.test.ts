import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCitations, formatInWorkers } from '../../../src/citation/citation-workers.ts';
import { cslItem } from '../../../src/citation/csl-item.ts';
import { formatCitations } from '../../../src/citation/format-citations.ts';

const WORKER = new URL('../../../src/citation/citation-worker.ts', import.meta.url);
const edition = { name: 'China’s Calculus: a reader’s edition', url: 'https://example.org/', lang: 'en' };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const base = { titleSuppliedByEditors: false, updated: undefined, originalUrl: null, description: '', summary: 'A summary.' };
const items = [
	{ ...base, id: 'named', title: 'A Named Analysis', byline: 'Nataliya Butyrska', author: { given: 'Nataliya', family: 'Butyrska' }, published: { earliest: day('2025-08-18'), latest: day('2025-08-31') }, url: 'https://example.org/articles/named/' },
	{ ...base, id: 'unsigned', title: 'An Unsigned Analysis', byline: null, author: null, published: { earliest: day('2025-02-25'), latest: day('2025-02-25') }, url: 'https://example.org/articles/unsigned/' },
	{ ...base, id: 'role', title: 'Axis of Pragmatism', byline: 'Correspondent', author: null, published: { earliest: day('2025-02-25'), latest: day('2025-02-25') }, url: 'https://example.org/articles/role/' },
].map((article) => cslItem(article, edition));

describe('formatInWorkers', () => {
	it('formats each item in a worker exactly as on the main thread, each reply to its own item', async () => {
		const formatted = formatInWorkers(items, WORKER, { size: 2 });
		expect([...formatted.keys()]).toEqual(['named', 'unsigned', 'role']);
		for (const item of items) expect(await formatted.get(item.id)).toEqual(formatCitations(item));
	});
});

describe('cachedCitations', () => {
	let cacheDir = '';
	afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
	const all = async (map: Map<string, Promise<unknown>>) => Object.fromEntries(await Promise.all([...map].map(async ([id, c]) => [id, await c])));

	it('formats what the cache lacks, saves it, and reads it back the next time', async () => {
		cacheDir = mkdtempSync(path.join(tmpdir(), 'citations-'));
		const cold = await all(cachedCitations(items, { cacheDir, worker: WORKER, size: 1 }));
		for (const item of items) expect(cold[item.id]).toEqual(formatCitations(item));
		const files = readdirSync(cacheDir).sort();
		expect(files.map((file) => file.split('.')[0])).toEqual(['named', 'role', 'unsigned']);
		// A cached file is what the next build serves, formatted or not: mark one to see it read.
		const named = path.join(cacheDir, files[0]!);
		writeFileSync(named, JSON.stringify([{ style: 'chicago', reference: 'from the cache', inText: '', inTextPassage: '' }]));
		const warm = await all(cachedCitations(items, { cacheDir, worker: WORKER, size: 1 }));
		expect(warm.named).toEqual([{ style: 'chicago', reference: 'from the cache', inText: '', inTextPassage: '' }]);
		expect(warm.unsigned).toEqual(cold.unsigned);
	});

	it('formats an item again when its description changes, and drops what no item wants', async () => {
		cacheDir = mkdtempSync(path.join(tmpdir(), 'citations-'));
		await all(cachedCitations(items, { cacheDir, worker: WORKER, size: 1 }));
		const before = readdirSync(cacheDir).filter((file) => file.startsWith('named.'));
		const renamed = { ...items[0]!, title: 'A Renamed Analysis' };
		const again = await all(cachedCitations([renamed], { cacheDir, worker: WORKER, size: 1 }));
		expect(again.named).toEqual(formatCitations(renamed));
		const after = readdirSync(cacheDir);
		expect(after).toHaveLength(1);
		expect(after[0]).not.toBe(before[0]);
		expect(JSON.parse(readFileSync(path.join(cacheDir, after[0]!), 'utf8'))).toEqual(formatCitations(renamed));
	});
});
