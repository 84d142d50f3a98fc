/**
 * Ordering and rendering data for Pagefind hits. Pagefind lists a page's sub-results (here: its
 * passages) in document order; readers want the passage that matches the most query words
 * first. Pure, so the ranking and the excerpt parsing are unit-tested.
 */
import { pagefindTokens, wordEdges, wordKey } from '../../text/words.ts';
import { unbreakDashes } from './dash-breaks.ts';

export interface SubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	anchor?: Anchor | undefined;
}

/** An element with an id on the page (a passage or a heading), at its first word's position. */
interface Anchor {
	element: string;
	id: string;
	text?: string;
	location: number;
}

export interface PageHit {
	url: string;
	content: string;
	excerpt: string;
	/** The page's matched words, as positions in `content`. */
	locations: number[];
	meta: { title?: string; url?: string };
	anchors: Anchor[];
	sub_results: SubResult[];
}


/**
 * The page's passage hits, best first: most distinct matched words, then most matches, then
 * document order. Hits before the first passage (the page itself) are dropped, as Pagefind does.
 */
export function rankedPassageHits(hit: PageHit): SubResult[] {
	const pageUrl = hit.meta.url ?? hit.url;
	const subs = hit.sub_results.filter((sub) => sub.url !== pageUrl && sub.anchor);
	const tokens = pagefindTokens(hit.content);
	const score = (sub: SubResult) => ({
		distinct: new Set(sub.locations.map((l) => wordKey(tokens[l] ?? ''))).size,
		total: sub.locations.length,
	});
	return subs
		.map((sub, order) => ({ sub, order, ...score(sub) }))
		.sort((a, b) => b.distinct - a.distinct || b.total - a.total || a.order - b.order)
		.map(({ sub }) => sub);
}

const isHeading = (anchor: Anchor) => /^h\d$/i.test(anchor.element);

/**
 * What a passage hit is called in the list: a heading by its text; a passage by its number in the
 * article, as its margin and citations give it, and the section it is in ("¶ 11 of 18 · China’s
 * Performative Neutrality"). Never its own opening words, which its excerpt shows. A page's
 * anchors are its headings and its passages (the apparatus, retired ids' anchors among it, is not indexed).
 */
export function passageLabel(hit: PageHit, sub: SubResult): string {
	const anchor = sub.anchor;
	if (!anchor) return hit.meta.title ?? hit.url;
	if (isHeading(anchor)) return unbreakDashes(anchor.text ?? sub.title);
	const anchors = [...hit.anchors].sort((a, b) => a.location - b.location);
	const before = anchors.filter((a) => a.location <= anchor.location);
	const heading = before.findLast(isHeading);
	const place = `¶ ${before.filter((a) => !isHeading(a)).length} of ${anchors.filter((a) => !isHeading(a)).length}`;
	return heading ? `${place} · ${unbreakDashes(heading.text ?? '')}` : place;
}

type ExcerptPart = { text: string; marked: boolean };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/**
 * Pagefind's excerpt (escaped text with <mark> around matches) as plain parts, so the page can
 * build it with text nodes and never parse HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
	// The index's breaks after dashes (dash-breaks.ts) come out, a </mark> between or not.
	return excerpt
		.replace(/([\u2012-\u2015\u2212])\u2060(<\/mark>)? /gu, '$1$2')
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.filter(Boolean)
		.flatMap((part): ExcerptPart[] => {
			if (!part.startsWith('<mark>')) return [{ text: decode(part.replace(/<[^>]*>/g, '')), marked: false }];
			// Pagefind marks a word with the punctuation around it ("Kallas,"): only the word is marked.
			const [before, word, after] = wordEdges(decode(part.slice(6, -7)));
			return [
				{ text: before, marked: false },
				{ text: word, marked: true },
				{ text: after, marked: false },
			].filter((p) => p.text);
		});
}
