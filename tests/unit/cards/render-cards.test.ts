import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleCard, cardFileName, editionCard } from '../../../src/cards/card-content.ts';
import { renderCards } from '../../../src/cards/render-cards.ts';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const EDITION = 'China’s Calculus: a reader’s edition';
const contents = [
	editionCard(EDITION, 'China’s Calculus', 'Three analyses of Beijing’s position on the Russia–Ukraine war'),
	articleCard({ title: 'What China Wants (and Fears) from a Trump-Putin Deal', titleSuppliedByEditors: false, byline: null, published: { earliest: new Date('2025-08-11'), latest: new Date('2025-08-14') } }, EDITION),
];
const jobs = contents.map((content, i) => ({ file: cardFileName(`card-${i}`, content), content }));

/** A PNG's width, height and colour type (3: palette), from its header (IHDR, the first chunk). */
function pngSize(png: Buffer) {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25] };
}

describe('drawing the cards', () => {
	it('draws each as a 1200×630 palette PNG, in worker threads', async () => {
		const { pngs, drawn } = await renderCards([...jobs, jobs[0]!], { cacheDir, threads: 2 });
		expect(drawn).toBe(2);
		expect([...pngs.keys()]).toEqual(jobs.map((job) => job.file));
		for (const png of pngs.values()) {
			expect(pngSize(png)).toEqual({ width: 1200, height: 630, colourType: 3 });
			// Text drawn, not a blank card; and under half of the 28–54 KB an RGBA PNG of a card takes.
			expect(png.byteLength).toBeGreaterThan(8_000);
			expect(png.byteLength).toBeLessThan(25_000);
		}
		expect(readdirSync(cacheDir).sort()).toEqual(jobs.map((job) => job.file).sort());
	}, 30_000);

	it('draws none again while what they show is unchanged, and redraws one gone from the cache', async () => {
		const drawnAt = statSync(path.join(cacheDir, jobs[0]!.file)).mtimeMs;
		expect((await renderCards(jobs, { cacheDir })).drawn).toBe(0);
		expect(statSync(path.join(cacheDir, jobs[0]!.file)).mtimeMs).toBe(drawnAt);
		// A card no page shows any more leaves the cache.
		expect((await renderCards(jobs.slice(0, 1), { cacheDir })).drawn).toBe(0);
		expect(readdirSync(cacheDir)).toEqual([jobs[0]!.file]);
		const again = await renderCards(jobs, { cacheDir });
		expect(again.drawn).toBe(1);
		expect(pngSize(again.pngs.get(jobs[1]!.file)!)).toMatchObject({ width: 1200, height: 630 });
	}, 30_000);

	it('fails when a card cannot be drawn, rather than ship without it', async () => {
		const broken = { file: 'broken.png', content: { edition: EDITION, title: 'x', details: null as unknown as string[] } };
		await expect(renderCards([broken], { cacheDir })).rejects.toThrow();
	}, 30_000);
});
