/**
 * Search filters that hold for passages, not only pages. Pagefind filters whole pages, so an
 * article tagged Taiwan anywhere would match "sanctions" + Taiwan through untagged passages. The
 * build writes, per indexed page, its filter values and, for an article, where each of its
 * passages starts in Pagefind's word count and which themes it carries (PassageFilters); the
 * search worker then keeps a page only if a matched word lies in a passage with the chosen themes,
 * and counts what each value would leave the same way. Pure, unit-tested.
 */

/** The filter whose values passages carry; the others (analysis, kind) belong to whole pages. */
export const PASSAGE_FILTER = 'theme';

export interface PageFilters {
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
export const MAX_PASSAGE_VALUES = 31;

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

interface Resolved {
	/** Filter → indexes of the chosen values; -1 for a value the site does not have. */
	chosen: Record<string, number[]>;
	passageBits: number;
}

function resolve(map: PassageFilters, selection: Selection): Resolved {
	const chosen = Object.fromEntries(Object.entries(selection).map(([key, vs]) => [key, vs.map((v) => map.values[key]?.indexOf(v) ?? -1)]));
	const passageBits = (chosen[PASSAGE_FILTER] ?? []).reduce((bits, i) => bits | (i < 0 ? 0 : 1 << i), 0);
	return { chosen, passageBits };
}

/**
 * The PASSAGE_FILTER bits a result can still offer: the union of the bits of the matched passages
 * that carry all of `required` (every passage, for a search by filters alone).
 */
function offeredBits(page: PageFilters, words: readonly number[], required: number): number {
	const passages = page.passages!;
	let offered = 0;
	const consider = (bits: number) => {
		if ((bits & required) === required) offered |= bits;
	};
	if (words.length === 0) for (let i = 1; i < passages.length; i += 2) consider(passages[i]!);
	else for (const w of words) consider(bitsAt(passages, w));
	return offered;
}

/** Whether the page has every chosen value of the filters other than `except`, as a whole page. */
function pageHas(page: PageFilters, chosen: Resolved['chosen'], except: string): boolean {
	return Object.entries(chosen).every(([key, indexes]) => key === except || indexes.every((i) => i >= 0 && (page.values[key] ?? []).includes(i)));
}

/**
 * Whether a result stays under the selection: its page has the chosen analysis and kind, and for
 * an article a matched word lies in a passage with all the chosen themes (a page without passages
 * must carry them itself).
 */
export function keeps(map: PassageFilters, selection: Selection, result: Matched): boolean {
	const page = map.pages[result.id];
	if (!page) return Object.keys(selection).length === 0;
	const resolved = resolve(map, selection);
	if (!pageHas(page, resolved.chosen, page.passages ? PASSAGE_FILTER : '')) return false;
	if (!page.passages || !resolved.chosen[PASSAGE_FILTER]?.length) return true;
	if (resolved.chosen[PASSAGE_FILTER]!.includes(-1)) return false;
	return offeredBits(page, result.words, resolved.passageBits) !== 0;
}

/**
 * Per filter, per value: how many of `results` choosing that value too would leave (a chosen
 * value counts what is listed now). One pass over the results and their matched words.
 */
export function countFilters(map: PassageFilters, selection: Selection, results: readonly Matched[]): Record<string, Record<string, number>> {
	const resolved = resolve(map, selection);
	const counts: Record<string, Record<string, number>> = Object.fromEntries(Object.entries(map.values).map(([key, vs]) => [key, Object.fromEntries(vs.map((v) => [v, 0]))]));
	for (const result of results) {
		const page = map.pages[result.id];
		if (!page) continue;
		for (const key of Object.keys(map.values)) {
			if (!pageHas(page, resolved.chosen, key)) continue;
			if (key !== PASSAGE_FILTER && page.passages && resolved.passageBits && !resolved.chosen[PASSAGE_FILTER]!.includes(-1)) {
				if (offeredBits(page, result.words, resolved.passageBits) === 0) continue;
			}
			let offered: number[];
			if (key === PASSAGE_FILTER && page.passages) {
				if (resolved.chosen[PASSAGE_FILTER]?.includes(-1)) continue;
				const bits = offeredBits(page, result.words, resolved.passageBits);
				offered = map.values[key]!.flatMap((_, i) => (bits & (1 << i) ? [i] : []));
			} else offered = page.values[key] ?? [];
			const chosenHere = resolved.chosen[key] ?? [];
			if (!chosenHere.every((i) => offered.includes(i))) continue;
			for (const i of offered) counts[key]![map.values[key]![i]!]!++;
		}
	}
	return counts;
}

/** Of a result's passage anchors, those with all the chosen PASSAGE_FILTER values, by location. */
export function passageKept(map: PassageFilters, selection: Selection, id: string, location: number): boolean {
	const page = map.pages[id];
	const { passageBits } = resolve(map, selection);
	if (!page?.passages || passageBits === 0) return true;
	return (bitsAt(page.passages, location) & passageBits) === passageBits;
}
