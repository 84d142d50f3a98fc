/**
 * Ordering and rendering data for Pagefind hits. Pagefind lists a page's sub-results (here: its
 * passages) in document order; readers want the passage that holds the query's words as they typed
 * them first, then the one that matches the most of them. Pure, so the ranking, the labels and the
 * excerpt parsing are unit-tested.
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

/**
 * An element with an id on the page (a passage, a heading, a row of the synopsis), at its first
 * word's position; `title` is its data-pagefind-title, which makes it a sub-result of its own.
 */
interface Anchor {
	element: string;
	id: string;
	text?: string;
	title?: string;
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


/** The query's words, as Pagefind compares them (quotes dropped). */
const queryWords = (query: string) => query.replace(/["“”]/g, ' ').split(/\s+/).map(wordKey).filter(Boolean);

/**
 * Whether a matched word is a query word: Pagefind matches stems ("sanction" finds "sanctions") and
 * compounds by their parts, so one may begin the other, or both a stem of a few letters less.
 */
function sameWord(written: string, typed: string): boolean {
	if (written.startsWith(typed) || typed.startsWith(written)) return true;
	let common = 0;
	while (common < written.length && written[common] === typed[common]) common++;
	return common >= 3 && common >= Math.min(written.length, typed.length) - 2;
}

/** Whether matched words of a passage stand side by side in the query's order, one for each of its (two or more) words. */
function holdsPhrase(tokens: readonly string[], locations: readonly number[], words: readonly string[]): boolean {
	if (words.length < 2) return false;
	const matched = new Set(locations);
	return locations.some((start) => words.every((word, i) => matched.has(start + i) && sameWord(wordKey(tokens[start + i] ?? ''), word)));
}

/**
 * The page's passage hits, best first: those holding the query's words as a phrase (side by side,
 * in order), then most distinct matched words, then most matches, then document order. Hits before
 * the first passage (the page itself) are dropped, as Pagefind does. Uses only the page's data,
 * already fetched for its title.
 */
export function rankedPassageHits(hit: PageHit, query = ''): SubResult[] {
	const pageUrl = hit.meta.url ?? hit.url;
	const subs = hit.sub_results.filter((sub) => sub.url !== pageUrl && sub.anchor);
	const tokens = pagefindTokens(hit.content);
	const words = queryWords(query);
	const score = (sub: SubResult) => ({
		phrase: holdsPhrase(tokens, sub.locations, words) ? 1 : 0,
		distinct: new Set(sub.locations.map((l) => wordKey(tokens[l] ?? ''))).size,
		total: sub.locations.length,
	});
	return subs
		.map((sub, order) => ({ sub, order, ...score(sub) }))
		.sort((a, b) => b.phrase - a.phrase || b.distinct - a.distinct || b.total - a.total || a.order - b.order)
		.map(({ sub }) => sub);
}

const isHeading = (anchor: Anchor) => /^h\d$/i.test(anchor.element);
/** An analysis's passages are its paragraphs, list items and block quotes (src/pipeline/find-passages.ts). */
const isPassage = (anchor: Anchor) => /^(p|li|blockquote)$/i.test(anchor.element);

/**
 * What a passage hit is called in the list: a heading by its text; a passage by its number in the
 * article, as its margin and citations give it ("¶ 11"), and the section it is in ("¶ 11 · China’s
 * Performative Neutrality"), never by its own opening words, which its excerpt shows; any other
 * titled anchor (a row of the synopsis) by its title, the question. A page's anchors are its
 * headings and its passages (the apparatus, retired ids' anchors among it, is not indexed).
 */
export function passageLabel(hit: PageHit, sub: SubResult): string {
	const anchor = sub.anchor;
	if (!anchor) return hit.meta.title ?? hit.url;
	if (isHeading(anchor)) return unbreakDashes(anchor.text ?? sub.title);
	if (!isPassage(anchor)) return unbreakDashes(anchor.title ?? sub.title);
	const before = hit.anchors.filter((a) => a.location <= anchor.location).sort((a, b) => a.location - b.location);
	const heading = before.findLast(isHeading);
	const place = `¶ ${before.filter(isPassage).length}`;
	return heading ? `${place} · ${unbreakDashes(heading.text ?? '')}` : place;
}

/**
 * A passage link's accessible name: its label and the page it is on ("¶ 10 — What China Wants
 * (and Fears) from a Trump-Putin Deal"), so that a list of links read out of context still says
 * which analysis each passage is in. It starts with the words shown.
 */
export const passageLinkName = (hit: PageHit, sub: SubResult) => `${passageLabel(hit, sub)} — ${unbreakDashes(hit.meta.title ?? hit.url)}`;

export type ExcerptPart = { text: string; marked: boolean };

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

/**
 * A passage hit's excerpt as parts (excerptParts), without the heading's words it starts with where
 * the hit is that heading: its label shows them already (Pagefind starts a heading's sub-result
 * with its text and a full stop, "As the analyses describe them. This context…").
 */
export function passageExcerptParts(sub: SubResult): ExcerptPart[] {
	const parts = excerptParts(sub.excerpt);
	const heading = sub.anchor && isHeading(sub.anchor) ? unbreakDashes(sub.anchor.text ?? '') : '';
	const [first, ...rest] = parts;
	if (!heading || !first || first.marked || !first.text.startsWith(heading)) return parts;
	const after = first.text.slice(heading.length).replace(/^[.:]?\s*/, '');
	return after ? [{ text: after, marked: false }, ...rest] : rest;
}
