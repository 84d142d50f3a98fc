import { describe, expect, it } from 'vitest';
import { formatInWorkers } from '../../../src/citation/citation-workers.ts';
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
