/**
 * Draws every link card the site needs, each once: a card is cached under its file name, which
 * hashes what it shows (card-content.ts), so a rebuild with unchanged content draws none. The
 * rest are shared among worker threads, one per core: at 3,000 analyses drawing is the bulk of
 * the cards' cost (about 50 ms each). Cards no page shows any more leave the cache
 * (pipeline/folder-cache.ts).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardContent } from './card-content.ts';
import { keepWanted } from '../pipeline/folder-cache.ts';

export interface CardJob {
	file: string;
	content: CardContent;
}

interface CardRenderOptions {
	cacheDir: string;
	/** The worker's entry; the build, which bundles this module, passes it (astro.config.ts defines it). */
	worker?: URL;
	threads?: number;
}

export interface RenderedCards {
	pngs: Map<string, Buffer>;
	/** How many were drawn now; the rest came from the cache. */
	drawn: number;
}

/** Cards a worker takes at least: below this, starting another costs more than it saves. */
const CARDS_PER_WORKER = 8;

function runWorker(entry: URL, cards: CardJob[], cacheDir: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(entry, { workerData: { cards, cacheDir } });
		worker.on('error', reject);
		worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a card worker stopped with code ${code}`))));
	});
}

export async function renderCards(jobs: CardJob[], { cacheDir, worker = new URL('./card-worker.ts', import.meta.url), threads = availableParallelism() }: CardRenderOptions): Promise<RenderedCards> {
	const unique = [...new Map(jobs.map((job) => [job.file, job])).values()];
	const cached = keepWanted(cacheDir, unique.map(({ file }) => file));
	const missing = unique.filter(({ file }) => !cached.has(file));
	const workers = Math.min(threads, Math.ceil(missing.length / CARDS_PER_WORKER));
	// Dealt round-robin, so that each worker gets a like share.
	const shares = Array.from({ length: workers }, (_, i) => missing.filter((_, j) => j % workers === i));
	await Promise.all(shares.map((share) => runWorker(worker, share, cacheDir)));
	return { pngs: new Map(unique.map(({ file }) => [file, readFileSync(path.join(cacheDir, file))])), drawn: missing.length };
}
