/**
 * Quoting the words that matter: where the site quotes a passage as evidence (a theme's passages,
 * the comparison lists, a register entry's roles and mentions, the timeline, the synopsis), it
 * shows the sentence or sentences that hold the point, with those words marked, not the passage's
 * opening. The shown text is always the passage's own characters, one stretch of them, whole
 * sentences (see MAX_QUOTED_WORDS for the one exception, marked by ellipses).
 */
import { wholeWordsPattern, wordsPattern } from '../editorial/register/mentions.ts';

/** A stretch of a text, `text.slice(start, end)`. */
interface Span {
	start: number;
	end: number;
}

/** What a quote holds: exact words (as a role, an event or a question quotes them), any of a theme's keywords, or a stretch already found (a mention). */
export type Holding = { words: string } | { keywords: readonly string[] } | { span: Span };

export interface SentenceQuote {
	/** The passage's characters shown, run by run, each marked or not: joined, `text.slice(start, end)`. */
	parts: Array<{ text: string; marked: boolean }>;
	start: number;
	end: number;
	/**
	 * Whether a sentence is cut short before or after what is shown (only one over MAX_QUOTED_WORDS
	 * is): the quote shows an ellipsis there. Whole sentences need none, as Chicago has it (13.50).
	 */
	cutBefore: boolean;
	cutAfter: boolean;
	/** Nothing matched: the passage's opening sentences are shown, with nothing marked. */
	opening: boolean;
}

/**
 * Words ending in a full stop that do not end a sentence: titles before a name, and Latin
 * abbreviations. Initials ("U.S.", "e.g.", "J. D.") are recognised by their shape.
 */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'pres', 'amb', 'lt', 'col', 'capt', 'st', 'jr', 'sr', 'vs', 'cf', 'al', 'approx', 'est', 'no', 'nos', 'vol', 'pp', 'fig']);
/** One or more letters each followed by a full stop, the last one's stop being the candidate: "U.S", "e.g", "J". */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;

/**
 * A sentence's end: its stop (a run of `.`, `?`, `!`, `…`), any closing quotes or brackets, then
 * white space and what can begin a sentence (a capital or a figure, maybe after opening quotes or a
 * bracket). A stop before a lower-case word ("… and hopes", "U.S.-Russia") ends nothing.
 */
const SENTENCE_END = /[.?!…]+["'”’)\]]*(?=\s+["'“‘(\[]*[\p{Lu}\p{N}])/gu;

/** What can stand before a word: white space, opening quotes, an opening bracket. */
const BEFORE_A_WORD = /[\s"'“‘(\[]/u;

/**
 * Whether the full stop ending at `stop` (the index of the `.`) belongs to an abbreviation or an
 * initial. Scans back from the stop: a pattern anchored at the end would try every start.
 */
function abbreviated(text: string, stop: number): boolean {
	let start = stop;
	while (start > Math.max(0, stop - 40) && !BEFORE_A_WORD.test(text[start - 1]!)) start--;
	const word = text.slice(start, stop);
	return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentences of a text, in order, each without the white space around it. */
export function sentences(text: string): Span[] {
	const spans: Span[] = [];
	let start = text.search(/\S/u);
	if (start < 0) return spans;
	for (const match of text.matchAll(SENTENCE_END)) {
		const end = match.index + match[0].length;
		if (match[0].startsWith('.') && match[0].replace(/["'”’)\]]+$/u, '') === '.' && abbreviated(text, match.index)) continue;
		if (end <= start) continue;
		spans.push({ start, end });
		start = end + /^\s*/u.exec(text.slice(end))![0].length;
	}
	const last = text.trimEnd().length;
	if (last > start) spans.push({ start, end: last });
	return spans;
}

/** Where the held words are in the text: the first place of exact words (any white space between them), every whole-word keyword in any case, or the span given. */
function found(text: string, holding: Holding): Span[] {
	if ('span' in holding) return [holding.span];
	if ('words' in holding) {
		const match = new RegExp(wordsPattern(holding.words)).exec(text);
		return match ? [{ start: match.index, end: match.index + match[0].length }] : [];
	}
	if (holding.keywords.length === 0) return [];
	return Array.from(text.matchAll(keywordsPattern(holding.keywords)), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Each list of keywords' pattern, compiled once: a theme's list is asked for under every passage it quotes. */
const keywordPatterns = new Map<string, RegExp>();
function keywordsPattern(keywords: readonly string[]): RegExp {
	const key = keywords.join('\u0000');
	let pattern = keywordPatterns.get(key);
	if (!pattern) keywordPatterns.set(key, (pattern = new RegExp(keywords.map(wholeWordsPattern).join('|'), 'giu')));
	return pattern;
}

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** With nothing matched, the passage's opening: whole sentences, until at least this many words are shown. */
const OPENING_WORDS = 8;
/**
 * A sentence longer than this (in words) is not a sentence a reader can take in as a quote, but a
 * passage whose stops were lost: it is cut to QUOTED_CONTEXT words each side of the held words, the
 * cuts shown by ellipses. No sentence of the analyses is this long.
 */
const MAX_QUOTED_WORDS = 120;
const QUOTED_CONTEXT = 30;

/** Within `span`, the words of `held` and up to `count` words (runs between spaces) either side of them; a word the held words are part of ("Putin’s") is kept whole. */
function wordsAround(text: string, span: Span, held: Span, count: number): Span {
	const tokens = Array.from(text.slice(span.start, span.end).matchAll(/\S+/gu), (m) => ({ start: span.start + m.index, end: span.start + m.index + m[0].length }));
	const first = tokens.findIndex((t) => t.end > held.start);
	const last = tokens.findLastIndex((t) => t.start < held.end);
	return { start: tokens[Math.max(0, first - count)]!.start, end: tokens[Math.min(tokens.length - 1, last + count)]!.end };
}

/**
 * The sentence or sentences of `text` that hold what `holding` names, with those words marked:
 * for exact words or a span, the sentences they run through; for keywords, the first sentence
 * naming one, every keyword in it marked. Where nothing matches, the opening sentences.
 */
export function quoteSentences(text: string, holding: Holding): SentenceQuote {
	const all = sentences(text);
	const starts = new Set(all.map((s) => s.start));
	const ends = new Set(all.map((s) => s.end));
	const hits = found(text, holding);
	const [first] = hits;
	let shown: Span;
	if (!first) {
		let end = all[0]?.end ?? 0;
		for (const s of all.slice(1)) {
			if (wordCount(text.slice(all[0]!.start, end)) >= OPENING_WORDS) break;
			end = s.end;
		}
		shown = { start: all[0]?.start ?? 0, end };
		// The opening of a passage that lost its stops: its first words, as many as a cut quote shows.
		if (wordCount(text.slice(shown.start, shown.end)) > MAX_QUOTED_WORDS) shown = wordsAround(text, shown, { start: shown.start, end: shown.start }, 2 * QUOTED_CONTEXT);
	} else {
		const last = 'keywords' in holding ? first : hits.at(-1)!;
		const through = all.filter((s) => s.end > first.start && s.start < last.end);
		shown = through.length > 0 ? { start: through[0]!.start, end: through.at(-1)!.end } : { start: first.start, end: last.end };
		if (wordCount(text.slice(shown.start, shown.end)) > MAX_QUOTED_WORDS) shown = wordsAround(text, shown, { start: first.start, end: last.end }, QUOTED_CONTEXT);
	}
	const marks = hits.filter((m) => m.start >= shown.start && m.end <= shown.end);
	const parts: SentenceQuote['parts'] = [];
	let at = shown.start;
	for (const m of marks) {
		if (m.start > at) parts.push({ text: text.slice(at, m.start), marked: false });
		parts.push({ text: text.slice(m.start, m.end), marked: true });
		at = m.end;
	}
	if (shown.end > at) parts.push({ text: text.slice(at, shown.end), marked: false });
	return {
		parts,
		start: shown.start,
		end: shown.end,
		cutBefore: shown.end > shown.start && !starts.has(shown.start),
		cutAfter: shown.end > shown.start && !ends.has(shown.end),
		opening: !first,
	};
}
