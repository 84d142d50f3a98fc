/**
 * Every analysis's citations, all asked for at once when the first article page needs its own:
 * read from the cache, else formatted in worker threads (citation-worker.ts). citeproc takes tens
 * of milliseconds an item, and its workers hundreds of megabytes each: at 3,000 analyses, most of
 * the article pages' build. An item's citations change only with its description or the styles.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CslItem } from './csl-item.ts';
import type { FormattedCitation } from './styles.ts';
import { keepWanted } from '../pipeline/folder-cache.ts';
import { WorkerPool, type WorkerPoolOptions } from '../pipeline/worker-pool.ts';

/** Each worker's heap: citeproc's three engines hold about 270 MB. */
const HEAP_MB = 512;

/** The items' citations, by item id, each formatted in a worker of `entry`. */
export function formatInWorkers(items: readonly CslItem[], entry: URL, options?: WorkerPoolOptions): Map<string, Promise<FormattedCitation[]>> {
	const pool = new WorkerPool<CslItem, FormattedCitation[]>(entry, { heapMb: HEAP_MB, ...options });
	return new Map(
		items.map((item) => {
			const formatted = pool.run(item);
			// Awaited when its page is built; a failure then stops the build, not an unhandled rejection before.
			formatted.catch(() => {});
			return [item.id, formatted];
		}),
	);
}

/**
 * What a citation depends on besides its item, read beside the worker: the formatting code, the
 * style and locale files it reads, and citeproc's version.
 */
function formatterFingerprint(worker: URL): string {
	const hash = createHash('sha256');
	const styles = readdirSync(new URL('csl/', worker)).sort();
	for (const file of ['format-citations.ts', ...styles.map((style) => `csl/${style}`)]) hash.update(file).update(readFileSync(new URL(file, worker)));
	return hash.update(readFileSync(createRequire(worker).resolve('citeproc/package.json'))).digest('base64url');
}

/** The cache file of an item's citations: its id and a hash of the item and of the formatter. */
const cacheFile = (item: CslItem, fingerprint: string) =>
	`${item.id}.${createHash('sha256').update(JSON.stringify([fingerprint, item])).digest('base64url').slice(0, 16)}.json`;

/** The items' citations, by item id: each read from `cacheDir`, or formatted in a worker of `worker` and saved there. */
export function cachedCitations(items: readonly CslItem[], { cacheDir, worker, ...options }: { cacheDir: string; worker: URL } & WorkerPoolOptions): Map<string, Promise<FormattedCitation[]>> {
	const fingerprint = formatterFingerprint(worker);
	const nameOf = new Map(items.map((item) => [item.id, cacheFile(item, fingerprint)]));
	const fileOf = (id: string) => path.join(cacheDir, nameOf.get(id)!);
	const held = keepWanted(cacheDir, nameOf.values());
	const isHeld = (item: CslItem) => held.has(nameOf.get(item.id)!);
	const citations = new Map<string, Promise<FormattedCitation[]>>();
	for (const item of items.filter(isHeld)) citations.set(item.id, Promise.resolve(JSON.parse(readFileSync(fileOf(item.id), 'utf8'))));
	for (const [id, formatted] of formatInWorkers(items.filter((item) => !isHeld(item)), worker, options)) {
		citations.set(id, formatted);
		formatted.then((done) => writeFileSync(fileOf(id), JSON.stringify(done)), () => {});
	}
	return citations;
}

let formatted: Promise<Map<string, Promise<FormattedCitation[]>>> | undefined;

/** An item's citations in every style; the first call asks for all `items` at once. */
export async function citationsOf(id: string, items: () => Promise<readonly CslItem[]>): Promise<FormattedCitation[]> {
	formatted ??= items().then((all) => cachedCitations(all, { cacheDir: import.meta.env.CITATION_CACHE, worker: new URL(import.meta.env.CITATION_WORKER) }));
	const citations = (await formatted).get(id);
	if (!citations) throw new Error(`no citation was asked for "${id}"`);
	return citations;
}
