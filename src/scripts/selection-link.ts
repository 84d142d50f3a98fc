/**
 * <selection-link>: when the reader selects words in the article, offers "Copy link to
 * selection": the enclosing passage's address plus a text fragment for the exact words
 * (lib/text-fragment.ts), so supporting browsers scroll to and highlight them.
 */
import { passageUrl, selectionUrl } from '../lib/links.ts';
import { formatTextDirective, type TextPoint, textDirectiveFor } from '../lib/text-fragment.ts';
import { copyText } from './copy.ts';

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

export class SelectionLink extends HTMLElement {
	#range: Range | undefined;
	#button = this.querySelector('button');

	connectedCallback() {
		document.addEventListener('selectionchange', () => this.#update());
		// Keeps the selection when the button is pressed with a pointer.
		this.#button?.addEventListener('pointerdown', (event) => event.preventDefault());
		this.#button?.addEventListener('click', () => void this.#copy());
	}

	#passageOf(node: Node) {
		const el = node instanceof Element ? node : node.parentElement;
		return el?.closest<HTMLElement>('.article-body [data-passage][id], .article-body h2[id], .article-body h3[id]') ?? undefined;
	}

	#update() {
		const selection = getSelection();
		const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
		this.#range = range && this.#passageOf(range.startContainer) && this.#passageOf(range.endContainer) ? range.cloneRange() : undefined;
		if (!this.#button) return;
		this.#button.hidden = !this.#range;
		if (!this.#range) return;
		const rect = this.#range.getBoundingClientRect();
		this.style.top = `${rect.bottom + scrollY + 6}px`;
		this.style.left = `${Math.max(8, Math.min(rect.left + scrollX, document.documentElement.clientWidth - 220))}px`;
	}

	async #copy() {
		const range = this.#range;
		const passage = range && this.#passageOf(range.startContainer);
		if (!range || !passage) return;
		const { blocks, runs } = pageText();
		const start = textPoint(runs, range.startContainer, range.startOffset, false);
		const end = textPoint(runs, range.endContainer, range.endOffset, true);
		const directive = start && end && textDirectiveFor({ blocks, start, end });
		const articleUrl = this.dataset.url ?? location.href;
		const url = directive ? selectionUrl(articleUrl, passage.id, formatTextDirective(directive)) : passageUrl(articleUrl, passage.id);
		await copyText(url, 'Link to selection copied');
	}
}
