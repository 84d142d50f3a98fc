/**
 * Ordering and rendering data for Pagefind hits. Pagefind lists a page's sub-results (here: its
 * passages) in document order; readers want the passage that matches the most query words
 * first. Pure, so the ranking and the excerpt parsing are unit-tested.
 */

export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	anchor?: { id: string } | undefined;
}

export interface PageHit {
	url: string;
	content: string;
	excerpt: string;
	meta: { title?: string; url?: string };
	sub_results: SubResult[];
}

/** Pagefind's word boundaries, so `locations` index into this list. */
const words = (content: string) => content.split(/[^\S\uFEFF]+/);
const normalise = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The page's passage hits, best first: most distinct matched words, then most matches, then
 * document order. Hits before the first passage (the page itself) are dropped, as Pagefind does.
 */
export function rankedPassageHits(hit: PageHit): SubResult[] {
	const pageUrl = hit.meta.url ?? hit.url;
	const subs = hit.sub_results.filter((sub) => sub.url !== pageUrl && sub.anchor);
	const tokens = words(hit.content);
	const score = (sub: SubResult) => ({
		distinct: new Set(sub.locations.map((l) => normalise(tokens[l] ?? ''))).size,
		total: sub.locations.length,
	});
	return subs
		.map((sub, order) => ({ sub, order, ...score(sub) }))
		.sort((a, b) => b.distinct - a.distinct || b.total - a.total || a.order - b.order)
		.map(({ sub }) => sub);
}

export type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) as plain parts, so the page can
 * build it with text nodes and never parse HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter(Boolean)
		.map((part) => {
			const marked = part.startsWith('<mark>');
			return { text: decode(marked ? part.slice(6, -7) : part.replace(/<[^>]*>/g, '')), marked };
		});
}
