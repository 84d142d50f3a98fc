/**
 * The search page's web worker (see search-engine.ts). It loads Pagefind's `pagefind.js`, which
 * away from a page searches on the thread it runs on, and answers the page's requests. It keeps
 * the latest search's results, so the page can fetch their data a page at a time.
 */
import type { PageHit } from '../lib/search-hits.ts';
import { HIGHLIGHT_PARAM } from '../lib/search-url.ts';
import type { EngineReply, EngineRequest, FilterCounts, Filters } from './search-engine.ts';

type PagefindResult = { data(): Promise<PageHit> };

interface Pagefind {
	options(options: { highlightParam: string }): Promise<void>;
	filters(): Promise<FilterCounts>;
	search(query: string | null, options: { filters: Filters }): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

const pagefind = (async () => {
	const url = '/pagefind/pagefind.js';
	const module = (await import(/* @vite-ignore */ url)) as Pagefind;
	await module.options({ highlightParam: HIGHLIGHT_PARAM });
	return module;
})();

let latest: { search: number; results: PagefindResult[] } = { search: 0, results: [] };

async function answer(request: EngineRequest): Promise<unknown> {
	const engine = await pagefind;
	switch (request.method) {
		case 'filters':
			return engine.filters();
		case 'search': {
			const { results, filters } = await engine.search(request.query, { filters: request.filters });
			latest = { search: request.search, results };
			return { count: results.length, filters };
		}
		case 'hit': {
			const result = request.search === latest.search ? latest.results[request.index] : undefined;
			return result ? result.data() : null;
		}
	}
}

addEventListener('message', ({ data }: MessageEvent<EngineRequest>) => {
	answer(data).then(
		(value) => postMessage({ id: data.id, value } satisfies EngineReply),
		(error: unknown) => postMessage({ id: data.id, error: String(error) } satisfies EngineReply),
	);
});
