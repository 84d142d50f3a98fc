/**
 * Every analysis's citations, formatted in worker threads (citation-worker.ts), all asked for at
 * once when the first article page needs its own: citeproc takes tens of milliseconds an item,
 * most of an article page's build, and the pages are rendered one after another on the main
 * thread, so the other cores format ahead of them.
 */
import type { CslItem } from './csl-item.ts';
import type { FormattedCitation } from './styles.ts';
import { WorkerPool, type WorkerPoolOptions } from '../pipeline/worker-pool.ts';

/** The items' citations, by item id, each formatted in a worker of `entry`. */
export function formatInWorkers(items: readonly CslItem[], entry: URL, options?: WorkerPoolOptions): Map<string, Promise<FormattedCitation[]>> {
	const pool = new WorkerPool<CslItem, FormattedCitation[]>(entry, options);
	return new Map(
		items.map((item) => {
			const formatted = pool.run(item);
			// Awaited when its page is built; a failure then stops the build, not an unhandled rejection before.
			formatted.catch(() => {});
			return [item.id, formatted];
		}),
	);
}

let formatted: Promise<Map<string, Promise<FormattedCitation[]>>> | undefined;

/** An item's citations in every style; the first call asks for all `items` at once. */
export async function citationsOf(id: string, items: () => Promise<readonly CslItem[]>): Promise<FormattedCitation[]> {
	formatted ??= items().then((all) => formatInWorkers(all, new URL(import.meta.env.CITATION_WORKER)));
	const citations = (await formatted).get(id);
	if (!citations) throw new Error(`no citation was asked for "${id}"`);
	return citations;
}
