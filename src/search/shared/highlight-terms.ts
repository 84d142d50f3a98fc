/**
 * The words a search result marks on the page it opens, carried in `?pagefind-highlight=` (one
 * parameter per word or phrase). The results list writes the words that matched as the text has
 * them (highlightTerms); the page marks where its text has those words (markRanges), a phrase only
 * where the whole phrase stands. Pure, for the results, the landing page and their tests.
 */
import { pagefindTokens, WORD_CHAR, wordEdges, wordKey as key } from '../../text/words.ts';
import { unbreakDashes } from './dash-breaks.ts';

/** A word as written, without the punctuation around it ("“Sino-Russian,” → Sino-Russian). */
const trimmed = (token: string) => wordEdges(unbreakDashes(token))[1];
/** Inside a word, hyphens and apostrophes join its parts: "Sino-Russian", "Putin’s". */
const JOINERS = "-\\u2010\\u2011'\\u2019";
const JOINER = new RegExp(`[${JOINERS}]`, 'u');

const MAX_TERMS = 12;

/**
 * The words to mark for a result: its matched words (`locations` into Pagefind's `content`), as the
 * text writes them. For a quoted phrase, adjacent matched words go together as one phrase. Of a
 * compound, only the part the reader typed is marked ("Russian" in "Sino-Russian"), unless they
 * typed the compound.
 */
export function highlightTerms(content: string, locations: readonly number[], query: string): string[] {
	const tokens = pagefindTokens(content);
	const typed = new Set(query.replace(/["“”]/g, ' ').split(/\s+/).map(key).filter(Boolean));
	const phrase = /["“”]/.test(query);
	const word = (at: number) => {
		const written = trimmed(tokens[at] ?? '');
		if (!JOINER.test(written) || typed.has(key(written))) return [written];
		const parts = written.split(JOINER).filter((p) => [...typed].some((t) => key(p).startsWith(t) || t.startsWith(key(p))));
		return parts.length > 0 ? parts : [written];
	};
	const sorted = [...new Set(locations)].sort((a, b) => a - b);
	const terms: string[] = [];
	for (let i = 0; i < sorted.length; i++) {
		let end = i;
		while (phrase && sorted[end + 1] === sorted[end]! + 1) end++;
		if (end > i) terms.push(sorted.slice(i, end + 1).map((at) => trimmed(tokens[at] ?? '')).join(' '));
		else terms.push(...word(sorted[i]!));
		i = end;
	}
	const seen = new Set<string>();
	return terms.filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase())).slice(0, MAX_TERMS);
}

/** A word of the page's text, with where it starts and ends. */
interface Token {
	start: number;
	end: number;
	text: string;
}

const WORD = new RegExp(`${WORD_CHAR}+(?:[${JOINERS}]${WORD_CHAR}+)*`, 'gu');

/** Where in `token` a term's word stands: all of it, or one of its parts ("Putin" in "Putin’s"). */
function within(token: Token, word: string): [number, number] | null {
	const wanted = key(word);
	if (!wanted) return null;
	if (key(token.text) === wanted) return [token.start, token.end];
	let offset = 0;
	for (const part of token.text.split(JOINER)) {
		if (key(part) === wanted) return [token.start + offset, token.start + offset + part.length];
		offset += part.length + 1;
	}
	return null;
}

/**
 * The stretches of `text` to mark for `terms` (words, or phrases of words separated by spaces), in
 * order and not overlapping. Words match whole, or as a whole part of a compound; case, accents of
 * width and the hyphens of a compound typed without them do not matter ("sinorussian" marks
 * "Sino-Russian"); "Xi" never marks inside "Xinjiang".
 */
export function markRanges(text: string, terms: readonly string[]): Array<[number, number]> {
	const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
	const ranges: Array<[number, number]> = [];
	for (const term of terms) {
		const words = term.split(/\s+/).filter((w) => key(w));
		if (words.length === 0) continue;
		for (let i = 0; i + words.length <= tokens.length; i++) {
			const first = within(tokens[i]!, words[0]!);
			if (!first) continue;
			let last = first;
			let j = 1;
			for (; j < words.length; j++) {
				const next = within(tokens[i + j]!, words[j]!);
				if (!next) break;
				last = next;
			}
			if (j === words.length) ranges.push([first[0], last[1]]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: Array<[number, number]> = [];
	for (const range of ranges) {
		const previous = merged.at(-1);
		if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}
