/**
 * Puts the editorial layer into an article's rendered passages, on the page (editorial/annotations.ts),
 * never into the authors' words: a block after each annotated passage, and a link on the first
 * mention of each register entry, and a marker after each phrase an editor's note is on. Elements
 * marked `data-passage` (rehype-passage-ids) are the passages.
 *
 * It works on the HTML as the Markdown pipeline wrote it (hast-util-to-html: every element
 * closed, attribute values quoted, passages never nested), in one pass over its tags, without
 * parsing it into a tree and writing it out again: at 3,000 analyses that round trip was most of
 * the time the articles' pages took to build.
 */
import { h } from 'hastscript';
import { raw, toMarkup } from './markup.ts';
import { type Mention, wholeWordsPattern } from './register/mentions.ts';

/** Words of a passage that an annotation is on, and what they become. */
interface AnnotatedPhrase {
	words: string;
	/** The phrase's HTML (its words, with mentions already linked) followed by what marks it. */
	html: (words: string) => string;
	/** Who put it there (the note's file), for the message when the words cannot be found. */
	source: string;
}

interface PassageAnnotations {
	/** The HTML to put right after the passage with this id, if any. */
	after: (passageId: string) => string | undefined;
	/** The mentions in a run of the passage's text (editorial/register/mentions.ts). */
	find: (text: string) => Mention[];
	/** The HTML of the link for a mention of the entry; `words` are as the page has them. */
	link: (entry: string, words: string) => string;
	/** The phrases of the passage with this id to mark, each where it first stands in one run of text. */
	phrases?: (passageId: string) => readonly AnnotatedPhrase[];
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
/** Words as the pipeline writes them in HTML text (hast-util-to-html). */
const asHtmlText = (words: string) => words.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;');

/**
 * The article's HTML with each passage's block after it, and the first mention of each entry, in
 * document order, linked. Only the authors' text outside links (the ¶ permalink, a link of the
 * author's) and our notices is searched, and a mention stays whole inside one run of text: a name
 * split by markup is taken at its next plain mention.
 */
export function annotatePassages(html: string, { after, find, link, phrases }: PassageAnnotations): string {
	const linked = new Set<string>();
	const linkFirst = (text: string) =>
		text
			.split(CHARACTER_REFERENCE)
			.map((run, i) => (i % 2 === 1 ? run : linkMentions(run, find(run).filter((m) => !linked.has(m.entry) && linked.add(m.entry)), link)))
			.join('');
	/** The passage's phrases still to place, each with its pattern, compiled once. */
	let pending: Array<{ phrase: AnnotatedPhrase; pattern: RegExp }> = [];
	/** The run with the passage's phrases marked, earliest first, and its mentions linked around and inside them. */
	const annotate = (text: string) => {
		let out = '';
		let rest = text;
		for (;;) {
			const found = pending
				.map(({ phrase, pattern }) => ({ phrase, match: pattern.exec(rest) }))
				.filter((f): f is { phrase: AnnotatedPhrase; match: RegExpExecArray } => f.match !== null)
				.sort((a, b) => a.match.index - b.match.index)[0];
			if (!found) return out + linkFirst(rest);
			out += linkFirst(rest.slice(0, found.match.index)) + found.phrase.html(linkFirst(found.match[0]));
			rest = rest.slice(found.match.index + found.match[0].length);
			pending = pending.filter((p) => p.phrase !== found.phrase);
		}
	};

	const out: string[] = [];
	let passage: string | undefined;
	/** The elements open inside the passage, the passage first; for each, whether its text is ours or a link's. */
	const open: boolean[] = [];
	let notTextDepth = 0;
	let at = 0;
	for (const tag of html.matchAll(TAG)) {
		const text = html.slice(at, tag.index);
		out.push(passage !== undefined && notTextDepth === 0 ? annotate(text) : text, tag[0]);
		at = tag.index + tag[0].length;
		const [, closing, name, attributes = ''] = tag;
		if (!name || VOID_ELEMENTS.has(name.toLowerCase())) continue;
		if (passage === undefined) {
			if (!closing && PASSAGE.test(attributes)) {
				passage = PASSAGE_ID.exec(attributes)?.[1] ?? '';
				pending = (phrases?.(passage) ?? []).map((phrase) => ({ phrase, pattern: new RegExp(wholeWordsPattern(asHtmlText(phrase.words)), 'u') }));
				open.push(false);
			}
		} else if (closing) {
			if (open.pop()) notTextDepth--;
			if (open.length === 0) {
				const lost = pending[0]?.phrase;
				if (lost) throw new Error(`${lost.source}: the phrase "${lost.words}" is not in one run of the text of passage "${passage}" (markup splits it, or a link holds it); anchor it to words that are`);
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
export const mentionLink = (href: string, words: string) => toMarkup(h('a.mention', { href }, [raw(words)]));
