/**
 * The words of the search that led to a page (`?pagefind-highlight=`, one word or phrase each),
 * marked where the text has them (search/shared/highlight-terms.ts), and the notice that clears them
 * (`<search-highlight>`): shown while a marked passage is on screen, so it is never left over
 * unrelated text. Only what search indexes is marked: the regions Pagefind reads, not the chrome
 * inside them.
 */
import { markRanges } from '../shared/highlight-terms.ts';
import { HIGHLIGHT_PARAM } from '../shared/highlight-param.ts';

const MARK_CLASS = 'pagefind-highlight';
/** How far (px) the reader scrolls on before the notice folds to its button. */
const FOLD_AFTER = 48;
/** Elements whose text is marked as one run, so a phrase can cross a link but not two paragraphs. */
const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, dd, dt, td, th, figcaption, [data-pagefind-body]';
/** What is not the authors' words (search/shared/apparatus.ts), and the ¶'s tools. */
const SKIPPED = `${import.meta.env.APPARATUS}, .passage-actions`;

/** Wraps the stretches of `nodes`' joined text in marks; the nodes are one block's text, in order. */
function markText(nodes: Text[], terms: readonly string[]) {
	const ranges = markRanges(nodes.map((n) => n.data).join(''), terms);
	let offset = 0;
	const spans = nodes.map((node) => {
		const start = offset;
		offset += node.data.length;
		return { node, start, end: offset };
	});
	// From the end, so that splitting a node leaves the offsets before it as they were.
	for (const [from, to] of ranges.reverse()) {
		for (const { node, start, end } of [...spans].reverse()) {
			if (end <= from || start >= to) continue;
			const range = document.createRange();
			range.setStart(node, Math.max(from, start) - start);
			range.setEnd(node, Math.min(to, end) - start);
			range.surroundContents(Object.assign(document.createElement('mark'), { className: MARK_CLASS }));
		}
	}
}

function markPage(terms: readonly string[]) {
	const runs = new Map<Element, Text[]>();
	for (const root of document.querySelectorAll('main [data-pagefind-body]')) {
		if (root.closest(SKIPPED)) continue;
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) => (node.parentElement!.closest(SKIPPED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
		});
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const block = node.parentElement!.closest(BLOCK)!;
			runs.set(block, [...(runs.get(block) ?? []), node as Text]);
		}
	}
	for (const nodes of runs.values()) markText(nodes, terms);
}

export function markSearchWords(notice: HTMLElement): void {
	markPage(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
	const marked = new Set([...document.querySelectorAll(`mark.${MARK_CLASS}`)].map((m) => m.closest('[data-passage], p, li') ?? m));
	if (marked.size === 0) return;
	const inView = new Set<Element>();
	const observer = new IntersectionObserver((entries) => {
		for (const { target, isIntersecting } of entries) isIntersecting ? inView.add(target) : inView.delete(target);
		notice.hidden = inView.size === 0;
	});
	for (const element of marked) observer.observe(element);
	// Once the reader scrolls on, the strip folds to its button (its style: SearchHighlight.astro);
	// the words stay marked. Counted from where the page stood when the reader first acted, so the
	// page's own scrolls on arrival (the browser may scroll to the passage again at `load`) do not
	// fold it. (The position is read at scroll events, not at the input: Chromium scrolls off the
	// main thread, so at a wheel event the page may already have moved.)
	const READING = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
	let readFrom = scrollY;
	let reading = false;
	const startReading = () => {
		reading = true;
		for (const type of READING) removeEventListener(type, startReading);
	};
	const fold = () => {
		if (!reading) readFrom = scrollY;
		if (Math.abs(scrollY - readFrom) < FOLD_AFTER) return;
		notice.classList.add('folded');
		// Still said to screen readers, which do not see the strip's band.
		notice.querySelector('.notice-words')?.classList.add('visually-hidden');
		removeEventListener('scroll', fold);
	};
	addEventListener('scroll', fold, { passive: true });
	for (const type of READING) addEventListener(type, startReading, { passive: true });
	notice.querySelector('button')?.addEventListener('click', () => {
		// Unwraps the marks and drops the parameter, keeping the passage in the URL.
		observer.disconnect();
		for (const mark of document.querySelectorAll(`mark.${MARK_CLASS}`)) {
			const parent = mark.parentNode!;
			mark.replaceWith(...mark.childNodes);
			parent.normalize();
		}
		const address = new URL(location.href);
		address.searchParams.delete(HIGHLIGHT_PARAM);
		history.replaceState(history.state, '', address);
		notice.hidden = true;
	});
}
