/**
 * The site's search engine, for the search page and the header's dialog alike: Pagefind, run in a
 * web worker (worker.ts), so that neither its start-up nor its searching lands on the page's
 * main thread. Results come back as a count, and each result's data on request.
 */
import type { PageHit } from '../shared/hits.ts';
import type { SearchState } from '../shared/url-state.ts';

/** Per filter, per value: how many pages. */
export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = SearchState['filters'];

/** What the page asks the worker; `search` numbers a search, so a result is never taken from a later one. */
type EngineCall =
	| { method: 'warm' }
	| { method: 'filters' }
	| { method: 'search'; search: number; query: string | null; filters: Filters; counts: boolean }
	| { method: 'hit'; search: number; index: number };
export type EngineRequest = { id: number } & EngineCall;
export type EngineReply = { id: number; value: unknown } | { id: number; error: string };

export interface Found {
	count: number;
	/** How many of the results, the first, are the analyses' pages; our editorial pages follow. */
	analyses: number;
	/** What each filter value would leave, given the words and the other filters (empty unless asked for). */
	filters: FilterCounts;
	/** The data of the result at `index` (best first); null once a later search has replaced this one. */
	hit(index: number): Promise<PageHit | null>;
}

/** The engine's worker (site-search.ts starts its own, with the same URL, before this code has arrived). */
const startWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * Numbers the searches of one view (the dialog, the page), so that an answer a later search has
 * overtaken is dropped rather than drawn over the later one's.
 */
export class SearchTurns {
	#latest = 0;
	/** Starts a turn; its check holds until the next turn starts. */
	next(): () => boolean {
		const turn = ++this.#latest;
		return () => turn === this.#latest;
	}
	/** The check of the turn in progress, for more of its results. */
	current(): () => boolean {
		const turn = this.#latest;
		return () => turn === this.#latest;
	}
}

export class SearchEngine {
	#worker: Worker;
	#waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
	#requests = 0;
	#searches = 0;

	constructor(worker = startWorker()) {
		this.#worker = worker;
		this.#worker.addEventListener('message', ({ data }: MessageEvent<EngineReply>) => {
			const waiting = this.#waiting.get(data.id);
			this.#waiting.delete(data.id);
			if ('error' in data) waiting?.reject(new Error(data.error));
			else waiting?.resolve(data.value);
		});
		this.#worker.addEventListener('error', (event) => {
			for (const { reject } of this.#waiting.values()) reject(new Error(event.message || 'The search worker failed'));
			this.#waiting.clear();
		});
	}

	#ask<T>(request: EngineCall): Promise<T> {
		const id = ++this.#requests;
		return new Promise<T>((resolve, reject) => {
			this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
			this.#worker.postMessage({ id, ...request } satisfies EngineRequest);
		});
	}

	/** Loads Pagefind, so that the first search need not wait for it: call on a sign the reader is about to search. */
	warm(): Promise<void> {
		return this.#ask({ method: 'warm' });
	}

	/** Every filter value's count over the whole index. */
	filters(): Promise<FilterCounts> {
		return this.#ask({ method: 'filters' });
	}

	/** `query` null searches by the filters alone; `counts` asks what each filter value would leave. */
	async search(query: string | null, filters: Filters, { counts = false } = {}): Promise<Found> {
		const search = ++this.#searches;
		const found = await this.#ask<Omit<Found, 'hit'>>({ method: 'search', search, query, filters, counts });
		return { ...found, hit: (index) => this.#ask({ method: 'hit', search, index }) };
	}
}
