/**
 * Search filters that hold for passages, not only pages. Pagefind filters whole pages, so an
 * article tagged Taiwan anywhere would match "sanctions" + Taiwan through untagged passages. The
 * build writes, per indexed page, its filter values and, for an article, where each of its
 * passages starts in Pagefind's word count and which themes it carries (PassageFilters); the
 * search worker then keeps a page only if a matched word lies in a passage with the chosen themes,
 * and counts what each value would leave the same way. Pure, unit-tested.
 */

/** The filter whose values passages carry; the others (analysis, kind) belong to whole pages. */
const PASSAGE_FILTER = 'theme';

interface PageFilters {
	/** Filter → the page's values, as indexes into PassageFilters.values[filter]. */
	values: Record<string, number[]>;
	/**
	 * Where each anchor of the page (passage or heading) starts, in Pagefind's word positions, and
	 * the PASSAGE_FILTER values it carries as a bit set: [start, bits, start, bits, …], in order.
	 * Absent for pages without passages, which are filtered as whole pages.
	 */
	passages?: number[];
}

export interface PassageFilters {
	/** Filter → its values, in the order the bit sets and indexes use. */
	values: Record<string, string[]>;
	/** Pagefind's page id (a search result's `id`) → the page's filters. */
	pages: Record<string, PageFilters>;
}

/** What the build knows about a page from Pagefind's fragment of it. */
export interface IndexedPage {
	id: string;
	url: string;
	filters: Record<string, string[]>;
	anchors: Array<{ element: string; id?: string; location: number }>;
}

/** Bit sets are 32-bit integers. */
const MAX_PASSAGE_VALUES = 31;

/**
 * The filter map of a site: its pages as Pagefind indexed them, and `passageValues` (page URL →
 * passage id → its PASSAGE_FILTER values) from the content.
 */
export function buildPassageFilters(pages: readonly IndexedPage[], passageValues: Record<string, Record<string, string[]>>): PassageFilters {
	const values: Record<string, string[]> = {};
	for (const page of pages) for (const [key, vs] of Object.entries(page.filters)) for (const v of vs) if (!(values[key] ??= []).includes(v)) values[key]!.push(v);
	for (const tags of Object.values(passageValues)) for (const vs of Object.values(tags)) for (const v of vs) if (!(values[PASSAGE_FILTER] ??= []).includes(v)) values[PASSAGE_FILTER]!.push(v);
	if ((values[PASSAGE_FILTER]?.length ?? 0) > MAX_PASSAGE_VALUES) throw new Error(`At most ${MAX_PASSAGE_VALUES} ${PASSAGE_FILTER} values can be filtered by passage; the site has ${values[PASSAGE_FILTER]!.length}.`);
	const bit = (v: string) => 1 << values[PASSAGE_FILTER]!.indexOf(v);
	const out: PassageFilters = { values, pages: {} };
	for (const page of pages) {
		const entry: PageFilters = { values: Object.fromEntries(Object.entries(page.filters).map(([key, vs]) => [key, vs.map((v) => values[key]!.indexOf(v))])) };
		const tags = passageValues[page.url];
		if (tags) {
			const anchors = page.anchors.filter((a) => a.id).sort((a, b) => a.location - b.location);
			entry.passages = anchors.flatMap((a) => [a.location, (tags[a.id!] ?? []).reduce((bits, v) => bits | bit(v), 0)]);
		}
		out.pages[page.id] = entry;
	}
	return out;
}

/** The chosen values of a search, by filter. */
export type Selection = Record<string, readonly string[]>;

/** A page's PASSAGE_FILTER bits at a word position: those of the anchor it follows (0 before the first). */
export function bitsAt(passages: readonly number[], location: number): number {
	let lo = 0;
	let hi = passages.length / 2 - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (passages[mid * 2]! <= location) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found === -1 ? 0 : passages[found * 2 + 1]!;
}

/** A search result as the filters need it: its page id and the word positions that matched (none for a search by filters alone). */
export interface Matched {
	id: string;
	words: readonly number[];
}

/**
 * The PASSAGE_FILTER bits a result can still offer: the union of the bits of the matched passages
 * that carry all of `required` (every passage, for a search by filters alone).
 */
function offeredBits(passages: readonly number[], words: readonly number[], required: number): number {
	let offered = 0;
	const consider = (bits: number) => {
		if ((bits & required) === required) offered |= bits;
	};
	if (words.length === 0) for (let i = 1; i < passages.length; i += 2) consider(passages[i]!);
	else for (const w of words) consider(bitsAt(passages, w));
	return offered;
}

/** A selection applied to the results of one search: resolved against the map once, used per result. */
export interface PassageFilter {
	/**
	 * Whether a result stays: its page has every chosen value, where an article's themes are
	 * those of its matched passages that carry all the chosen themes.
	 */
	keeps(result: Matched): boolean;
	/**
	 * Per filter, per value: how many of `results` choosing that value too would leave (a chosen
	 * value counts what is listed now). One pass over the results and their matched words.
	 */
	count(results: readonly Matched[]): Record<string, Record<string, number>>;
	/** Whether a kept result's passage, by its anchor's location, carries every chosen theme. */
	keepsPassage(id: string, location: number): boolean;
}

export function passageFilter(map: PassageFilters, selection: Selection): PassageFilter {
	const keys = Object.keys(map.values);
	// -1 for a value (or filter) the site does not have: no page offers it.
	const chosen = Object.entries(selection).map(([key, vs]) => [key, vs.map((v) => map.values[key]?.indexOf(v) ?? -1)] as const);
	const required = (chosen.find(([key]) => key === PASSAGE_FILTER)?.[1] ?? []).reduce((bits, i) => (i < 0 ? bits : bits | (1 << i)), 0);
	const themeIndexes = (bits: number) => (map.values[PASSAGE_FILTER] ?? []).flatMap((_, i) => (bits & (1 << i) ? [i] : []));

	/** Per filter, the values a result offers: its page's own, or an article's matched passages' themes. */
	const offered = (page: PageFilters, words: readonly number[]) => (key: string) =>
		key === PASSAGE_FILTER && page.passages ? themeIndexes(offeredBits(page.passages, words, required)) : (page.values[key] ?? []);
	const passes = (values: (key: string) => number[]) =>
		chosen.every(([key, indexes]) => {
			const offers = values(key);
			return indexes.every((i) => offers.includes(i));
		});

	return {
		keeps(result) {
			const page = map.pages[result.id];
			return page ? passes(offered(page, result.words)) : chosen.length === 0;
		},
		count(results) {
			const counts = Object.fromEntries(Object.entries(map.values).map(([key, vs]) => [key, Object.fromEntries(vs.map((v) => [v, 0]))]));
			for (const result of results) {
				const page = map.pages[result.id];
				if (!page) continue;
				const offers = offered(page, result.words);
				const values = new Map(keys.map((key) => [key, offers(key)]));
				// Filters only narrow: a value adds to a result's count only if the result stays as it is.
				if (!passes((key) => values.get(key) ?? [])) continue;
				for (const [key, indexes] of values) for (const i of indexes) counts[key]![map.values[key]![i]!]!++;
			}
			return counts;
		},
		keepsPassage(id, location) {
			const passages = map.pages[id]?.passages;
			return !passages || (bitsAt(passages, location) & required) === required;
		},
	};
}
