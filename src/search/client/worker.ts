/**
 * The search's web worker (see engine.ts). It loads Pagefind's `pagefind.js`, which away
 * from a page searches on the thread it runs on, and answers the page's requests. Pagefind finds
 * the words; the filters are applied here, passage by passage (search/shared/passage-filters.ts), from a
 * map fetched the first time a search needs it. The analyses' pages come first, then our editorial
 * pages (search/shared/result-groups.ts). It keeps the latest search's results, so the page can
 * fetch their data a page at a time.
 */
import { type PassageFilter, type PassageFilters, passageFilter, type Selection } from '../shared/passage-filters.ts';
import type { PageHit } from '../shared/hits.ts';
import { analysesFirst } from '../shared/result-groups.ts';
import { PAGE_KIND } from '../shared/page-kinds.ts';
import { PAGEFIND_SCRIPT, PASSAGE_FILTERS_PATH } from '../../config/routes.ts';
import type { EngineReply, EngineRequest } from './engine.ts';

interface PagefindResult {
	id: string;
	words: number[];
	data(): Promise<PageHit>;
}

interface Pagefind {
	options(options: { baseUrl: string; excerptLength: number; ranking?: { pageLength?: number } }): Promise<void>;
	init(): Promise<void>;
	search(query: string | null, options?: { filters: Selection }): Promise<{ results: PagefindResult[] } | null>;
}

const RANKING_PAGE_LENGTH = 0.25;

let pagefind: Promise<Pagefind> | undefined;
const engine = () =>
	(pagefind ??= (async () => {
		const module = (await import(/* @vite-ignore */ PAGEFIND_SCRIPT)) as Pagefind;
		// Site-relative links (in a worker Pagefind would prefix the origin); excerpts long enough
		// for two lines or more on a phone, centred on the matched words. Page length counts for
		// less than Pagefind's default (0.75): a whole analysis is a long page, and the short
		// editorial pages on the same words (a register entry, a theme) must not outrank it.
		await module.options({ baseUrl: '/', excerptLength: 36, ranking: { pageLength: RANKING_PAGE_LENGTH } });
		await module.init();
		return module;
	})());

let passageFilters: Promise<PassageFilters> | undefined;
const filterMap = () =>
	(passageFilters ??= fetch(PASSAGE_FILTERS_PATH).then((response) => {
		if (!response.ok) throw new Error(`${PASSAGE_FILTERS_PATH}: ${response.status}`);
		return response.json() as Promise<PassageFilters>;
	}));

/**
 * The analyses' pages, by Pagefind id, to list before the editorial pages: a search by the kind
 * filter alone, once (it loads that filter's small file, and no page's data).
 */
let analysisPages: Promise<Set<string>> | undefined;
const analyses = () =>
	(analysisPages ??= engine()
		.then((e) => e.search(null, { filters: { kind: [PAGE_KIND.analysis] } }))
		.then((found) => new Set(found?.results.map((r) => r.id))));

/** Every indexed page, as a search by filters alone sees it. */
const everyPage = (map: PassageFilters) => Object.keys(map.pages).map((id) => ({ id, words: [] }));

let latest: { search: number; filter: PassageFilter | undefined; results: PagefindResult[] } = { search: 0, filter: undefined, results: [] };

async function answer(request: EngineRequest): Promise<unknown> {
	switch (request.method) {
		case 'warm':
			await analyses();
			return null;
		case 'filters': {
			const map = await filterMap();
			return passageFilter(map, {}).count(everyPage(map));
		}
		case 'search': {
			const { query, filters, counts } = request;
			const filtered = Object.keys(filters).length > 0;
			const [found, map, analysisIds] = await Promise.all([
				// Words: every page that has them, filtered here. Filters alone: Pagefind narrows by page first.
				engine().then((e) => e.search(query, query ? undefined : { filters })),
				filtered || counts ? filterMap() : undefined,
				analyses(),
			]);
			const all = found?.results ?? [];
			const filter = map ? passageFilter(map, filters) : undefined;
			const { results, analyses: first } = analysesFirst(filter && filtered ? all.filter((r) => filter.keeps(r)) : all, analysisIds);
			// Searches overlap, and answers can come out of order: an earlier one never replaces a later one.
			if (request.search > latest.search) latest = { search: request.search, filter, results };
			return { count: results.length, analyses: first, filters: filter && counts ? filter.count(query ? all : everyPage(map!)) : {} };
		}
		case 'hit': {
			const { search, filter, results } = latest;
			const result = request.search === search ? results[request.index] : undefined;
			if (!result) return null;
			const hit = await result.data();
			if (filter) hit.sub_results = hit.sub_results.filter((sub) => !sub.anchor || filter.keepsPassage(result.id, sub.anchor.location));
			return hit;
		}
	}
}

addEventListener('message', ({ data }: MessageEvent<EngineRequest>) => {
	answer(data).then(
		(value) => postMessage({ id: data.id, value } satisfies EngineReply),
		(error: unknown) => postMessage({ id: data.id, error: String(error) } satisfies EngineReply),
	);
});
