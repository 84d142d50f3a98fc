/**
 * Text Fragments (https://wicg.github.io/scroll-to-text-fragment/): a link such as
 * `#passage-id:~:text=start,end` makes supporting browsers scroll to and highlight those words;
 * others ignore the directive and still land on the passage. A browser highlights the *first*
 * match in the page, so context words (prefix, suffix) are added until the first match is the
 * reader's selection. Matching follows the browsers: whole words, case-insensitive, each part
 * within one block of text (paragraph, heading, list item), whitespace collapsed.
 */
import { isWordChar } from '../text/words.ts';

/** A point in the page's text: which block, and the character offset within it. */
export interface TextPoint {
	block: number;
	offset: number;
}

interface TextSelection {
	/** The page's text blocks in document order, as the browser searches them. */
	blocks: string[];
	start: TextPoint;
	end: TextPoint;
}

interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

/** Selections of up to this many words (in one block) are quoted whole. */
const EXACT_WORDS = 8;
/** Longer ones by this many words at each edge. */
const EDGE_WORDS = 3;
const MAX_CONTEXT_WORDS = 5;


/** `&`, `,` and `-` are the directive's syntax, so they are encoded along with the rest. */
export const encodeTextValue = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/** `text=[prefix-,]start[,end][,-suffix]`, encoded. */
export function formatTextDirective({ prefix, start, end, suffix }: TextDirective): string {
	const parts = [
		...(prefix === undefined ? [] : [`${encodeTextValue(prefix)}-`]),
		encodeTextValue(start),
		...(end === undefined ? [] : [encodeTextValue(end)]),
		...(suffix === undefined ? [] : [`-${encodeTextValue(suffix)}`]),
	];
	return `text=${parts.join(',')}`;
}

/** A block's text with whitespace collapsed, and where the given offsets land in it. */
function collapseKeepingOffsets(text: string, offsets: number[]): { text: string; offsets: number[] } {
	let out = '';
	const mapped = new Map<number, number>();
	for (let i = 0; i <= text.length; i++) {
		if (!mapped.has(i)) mapped.set(i, out.length);
		const char = text[i];
		if (char === undefined) break;
		if (/\s/.test(char)) {
			if (!out.endsWith(' ')) out += ' ';
		} else out += char;
	}
	return { text: out, offsets: offsets.map((o) => mapped.get(o)!) };
}

interface Span {
	block: number;
	from: number;
	to: number;
}

/** Where `needle` occurs in the blocks as whole words, in document order, from `after` on. */
function* occurrences(blocks: string[], needle: string, after: TextPoint = { block: 0, offset: 0 }): Generator<Span> {
	const target = needle.toLowerCase();
	for (let block = after.block; block < blocks.length; block++) {
		const haystack = blocks[block]!.toLowerCase();
		for (let from = haystack.indexOf(target, block === after.block ? after.offset : 0); from !== -1; from = haystack.indexOf(target, from + 1)) {
			const to = from + target.length;
			const wordStart = !(isWordChar(haystack[from - 1]) && isWordChar(target[0]));
			const wordEnd = !(isWordChar(haystack[to]) && isWordChar(target.at(-1)));
			if (wordStart && wordEnd) yield { block, from, to };
		}
	}
}

/** Whether `context` follows `point` in its block, across optional whitespace, ending a word. */
function followedBy(blocks: string[], point: TextPoint, context: string): boolean {
	const rest = blocks[point.block]!.slice(point.offset).replace(/^ /, '').toLowerCase();
	return rest.startsWith(context.toLowerCase()) && !(isWordChar(rest[context.length]) && isWordChar(context.at(-1)));
}

/** Whether `context` precedes `span` in its block, across optional whitespace, starting a word. */
function precededBy(blocks: string[], span: Span, context: string): boolean {
	const before = blocks[span.block]!.slice(0, span.from).replace(/ $/, '').toLowerCase();
	return before.endsWith(context.toLowerCase()) && !(isWordChar(before.at(-context.length - 1)) && isWordChar(context[0]));
}

/**
 * The text a browser highlights for `directive` (blocks already collapsed), following the
 * specification's search: the first start that has its prefix, then the first end after it
 * that has its suffix.
 */
export function findTextDirective(blocks: string[], { prefix, start, end, suffix }: TextDirective): { from: TextPoint; to: TextPoint } | undefined {
	for (const startSpan of occurrences(blocks, start)) {
		if (prefix !== undefined && !precededBy(blocks, startSpan, prefix)) continue;
		const from = { block: startSpan.block, offset: startSpan.from };
		const afterStart = { block: startSpan.block, offset: startSpan.to };
		if (end === undefined) {
			if (suffix === undefined || followedBy(blocks, afterStart, suffix)) return { from, to: afterStart };
			continue;
		}
		let endFound = false;
		for (const endSpan of occurrences(blocks, end, afterStart)) {
			endFound = true;
			const to = { block: endSpan.block, offset: endSpan.to };
			if (suffix === undefined || followedBy(blocks, to, suffix)) return { from, to };
		}
		if (!endFound) return undefined;
	}
	return undefined;
}

const samePoint = (a: TextPoint, b: TextPoint) => a.block === b.block && a.offset === b.offset;

/** Moves the edges of a selection out to whole words and in past whitespace. */
function wholeWords(blocks: string[], { start, end }: { start: TextPoint; end: TextPoint }) {
	const s = { ...start };
	const e = { ...end };
	const startText = blocks[s.block]!;
	const endText = blocks[e.block]!;
	while (s.offset > 0 && isWordChar(startText[s.offset - 1]) && isWordChar(startText[s.offset])) s.offset--;
	while (e.offset < endText.length && isWordChar(endText[e.offset - 1]) && isWordChar(endText[e.offset])) e.offset++;
	while (startText[s.offset] === ' ') s.offset++;
	while (e.offset > 0 && endText[e.offset - 1] === ' ') e.offset--;
	return { start: s, end: e };
}

const wordsOf = (text: string) => text.split(' ').filter(Boolean);
const lastWords = (text: string, count: number) => wordsOf(text).slice(-count).join(' ');
const firstWords = (text: string, count: number) => wordsOf(text).slice(0, count).join(' ');

/**
 * The text directive for a selection, with as little context as makes the browser's first match
 * the selection itself. Undefined for an empty selection.
 */
export function textDirectiveFor(selection: TextSelection): TextDirective | undefined {
	const collapsed = selection.blocks.map((text, i) => {
		const offsets = [i === selection.start.block ? selection.start.offset : 0, i === selection.end.block ? selection.end.offset : 0];
		return collapseKeepingOffsets(text, offsets);
	});
	const blocks = collapsed.map((c) => c.text);
	const { start, end } = wholeWords(blocks, {
		start: { block: selection.start.block, offset: collapsed[selection.start.block]!.offsets[0]! },
		end: { block: selection.end.block, offset: collapsed[selection.end.block]!.offsets[1]! },
	});
	if (start.block > end.block || (start.block === end.block && start.offset >= end.offset)) return undefined;

	const startBlock = blocks[start.block]!;
	const endBlock = blocks[end.block]!;
	const sameBlock = start.block === end.block;
	const selected = sameBlock ? startBlock.slice(start.offset, end.offset) : '';
	const exact = sameBlock && wordsOf(selected).length <= EXACT_WORDS;
	const core: TextDirective = exact
		? { start: selected }
		: {
				start: firstWords(sameBlock ? selected : startBlock.slice(start.offset), EDGE_WORDS),
				end: lastWords(sameBlock ? selected : endBlock.slice(0, end.offset), EDGE_WORDS),
			};
	const before = startBlock.slice(0, start.offset);
	const after = endBlock.slice(end.offset);

	let directive = core;
	for (let n = 0; n <= MAX_CONTEXT_WORDS; n++) {
		for (const [p, s] of [[n, 0], [0, n], [n, n]] as const) {
			directive = { ...(p > 0 && wordsOf(before).length > 0 && { prefix: lastWords(before, p) }), ...core, ...(s > 0 && wordsOf(after).length > 0 && { suffix: firstWords(after, s) }) };
			const found = findTextDirective(blocks, directive);
			if (found && samePoint(found.from, start) && samePoint(found.to, end)) return directive;
		}
	}
	return directive;
}
