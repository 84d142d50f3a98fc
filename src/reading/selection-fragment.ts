/**
 * The text directive for a selected range: reads the page's text the way a browser matches it
 * (reading/text-fragment.ts). Loaded only when a reader copies a link to a selection.
 */
import { formatTextDirective, type TextPoint, textDirectiveFor } from './text-fragment.ts';

interface TextRun {
	node: Text;
	block: number;
	/** Offset of the node's first character in its block's text. */
	start: number;
}

/** The nearest ancestor that is not laid out inline: the block a browser matches text within. */
function blockOf(node: Node, cache: Map<Element, Element>): Element {
	let el = node.parentElement!;
	const start = el;
	while (el.parentElement && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
	cache.set(start, el);
	return el;
}

/** The page's rendered text, as blocks, with where each text node sits in them. */
function pageText(): { blocks: string[]; runs: TextRun[] } {
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	const cache = new Map<Element, Element>();
	const blocks: string[] = [];
	const runs: TextRun[] = [];
	let current: Element | undefined;
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const parent = node.parentElement;
		if (!parent || !parent.checkVisibility() || parent.closest('script, style')) continue;
		const block = cache.get(parent) ?? blockOf(node, cache);
		if (block !== current) {
			blocks.push('');
			current = block;
		}
		runs.push({ node, block: blocks.length - 1, start: blocks.at(-1)!.length });
		blocks[blocks.length - 1] += node.data;
	}
	return { blocks, runs };
}

/** A range boundary as a point in the page's text; an end at a node's start counts as the previous node's end. */
function textPoint(runs: TextRun[], container: Node, offset: number, isEnd: boolean): TextPoint | undefined {
	const boundary = document.createRange();
	boundary.setStart(container, offset);
	for (const [i, run] of runs.entries()) {
		if (run.node === container) return { block: run.block, offset: run.start + offset };
		if (boundary.comparePoint(run.node, 0) >= 0) {
			const previous = runs[i - 1];
			return isEnd && previous ? { block: previous.block, offset: previous.start + previous.node.data.length } : { block: run.block, offset: run.start };
		}
	}
	return undefined;
}

/** `text=…` for the range, or undefined when its words cannot be located. */
export function textDirectiveForRange(range: Range): string | undefined {
	const { blocks, runs } = pageText();
	const start = textPoint(runs, range.startContainer, range.startOffset, false);
	const end = textPoint(runs, range.endContainer, range.endOffset, true);
	const directive = start && end && textDirectiveFor({ blocks, start, end });
	return directive ? formatTextDirective(directive) : undefined;
}
