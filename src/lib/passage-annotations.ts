/**
 * Puts the editorial layer into an article's rendered passages, on the page (data/annotations.ts),
 * never into the authors' words: a block after each annotated passage, and a link on the first
 * mention of each register entry. Elements marked `data-passage` (rehype-passage-ids) are the
 * passages.
 *
 * It works on the HTML as the Markdown pipeline wrote it (hast-util-to-html: every element
 * closed, attribute values quoted, passages never nested), in one pass over its tags, without
 * parsing it into a tree and writing it out again: at 3,000 analyses that round trip was most of
 * the time the articles' pages took to build.
 */
import type { Mention } from './mentions.ts';

export interface PassageAnnotations {
	/** The HTML to put right after the passage with this id, if any. */
	after: (passageId: string) => string | undefined;
	/** The mentions in a run of the passage's text (lib/mentions.ts). */
	find: (text: string) => Mention[];
	/** The HTML of the link for a mention of the entry; `words` are as the page has them. */
	link: (entry: string, words: string) => string;
}

/** A comment, or a tag with its attributes (whose quoted values may hold ">"). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const PASSAGE = /\sdata-passage(?=[\s=]|$)/;
const PASSAGE_ID = /\sid="([^"]*)"/;
/** Our notices inside a passage (a retired id's anchor), kept out of search and out of the matcher. */
const NOT_THE_TEXT = /\sdata-pagefind-ignore(?=[\s=]|$)/;
/** A character reference: the pipeline writes "&" and "<" in text as these, and no name contains one. */
const CHARACTER_REFERENCE = /(&#?[A-Za-z0-9]+;)/;

/**
 * The article's HTML with each passage's block after it, and the first mention of each entry, in
 * document order, linked. Only the authors' text outside links (the ¶ permalink, a link of the
 * author's) and our notices is searched, and a mention stays whole inside one run of text: a name
 * split by markup is taken at its next plain mention.
 */
export function annotatePassages(html: string, { after, find, link }: PassageAnnotations): string {
	const linked = new Set<string>();
	const linkFirst = (text: string) =>
		text
			.split(CHARACTER_REFERENCE)
			.map((run, i) => (i % 2 === 1 ? run : linkMentions(run, find(run).filter((m) => !linked.has(m.entry) && linked.add(m.entry)), link)))
			.join('');

	const out: string[] = [];
	let passage: string | undefined;
	/** The elements open inside the passage, the passage first; for each, whether its text is ours or a link's. */
	const open: boolean[] = [];
	let notTextDepth = 0;
	let at = 0;
	for (const tag of html.matchAll(TAG)) {
		const text = html.slice(at, tag.index);
		out.push(passage !== undefined && notTextDepth === 0 ? linkFirst(text) : text, tag[0]);
		at = tag.index + tag[0].length;
		const [, closing, name, attributes = ''] = tag;
		if (!name || VOID_ELEMENTS.has(name.toLowerCase())) continue;
		if (passage === undefined) {
			if (!closing && PASSAGE.test(attributes)) {
				passage = PASSAGE_ID.exec(attributes)?.[1] ?? '';
				open.push(false);
			}
		} else if (closing) {
			if (open.pop()) notTextDepth--;
			if (open.length === 0) {
				out.push(after(passage) ?? '');
				passage = undefined;
			}
		} else {
			const notText = name.toLowerCase() === 'a' || NOT_THE_TEXT.test(attributes);
			open.push(notText);
			if (notText) notTextDepth++;
		}
	}
	out.push(html.slice(at));
	return out.join('');
}

/** A run of text with each of its mentions made a link. */
function linkMentions(text: string, mentions: readonly Mention[], link: PassageAnnotations['link']): string {
	if (mentions.length === 0) return text;
	let out = '';
	let at = 0;
	for (const { entry, start, end } of mentions) {
		out += text.slice(at, start) + link(entry, text.slice(start, end));
		at = end;
	}
	return out + text.slice(at);
}

/** A quiet link from a mention to its register entry. */
export const mentionLink = (href: string, words: string) => `<a class="mention" href="${href}">${words}</a>`;
