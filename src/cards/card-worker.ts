/**
 * A worker thread of render-cards.ts: draws its share of the cards into the cache folder, then
 * exits. What it was given comes in `workerData`; a card it cannot draw fails the worker, and so
 * the build.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';
import { renderCard } from './render-card.ts';
import type { CardJob } from './render-cards.ts';

const { cards, cacheDir } = workerData as { cards: CardJob[]; cacheDir: string };
mkdirSync(cacheDir, { recursive: true });
for (const { file, content } of cards) {
	const png = await renderCard(content);
	// Written whole, then named: a build stopped midway leaves no half card under a good name.
	const partial = path.join(cacheDir, `${file}.partial`);
	writeFileSync(partial, png);
	renameSync(partial, path.join(cacheDir, file));
}
