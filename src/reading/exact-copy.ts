/**
 * What a reader copies from an article body is what the author wrote: the apparatus (note markers
 * and notes, ¶ links, passage tools, theme disclosures, comparisons) is left out of the clipboard,
 * and search marks are unwrapped. Apparatus is what search/shared/apparatus.ts names (APPARATUS): the one list
 * that says "not the authors' words", for search and copy alike. Paragraphs stay paragraphs. A
 * selection within apparatus (a note, say), or outside an article body, copies as the browser would.
 * On the page from the start: a `copy` event cannot wait for a fetch.
 */
const BODY = '.article-body';
const APPARATUS = import.meta.env.APPARATUS;
const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, dt, dd, figcaption, td, th';

/** The selection's words without apparatus: text/plain by paragraphs, and plain text/html. */
export function authorsWords(range: Range): { text: string; html: string } {
	const holder = document.createElement('div');
	holder.append(range.cloneContents());
	for (const apparatus of holder.querySelectorAll(APPARATUS)) apparatus.remove();
	for (const mark of holder.querySelectorAll('mark')) mark.replaceWith(...mark.childNodes);
	const paragraphs: string[] = [];
	// Undefined until the first text node, so that it starts the first paragraph even outside any block.
	let block: Element | null | undefined;
	const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
		const within = node.parentElement!.closest(BLOCK);
		if (within !== block) paragraphs.push('');
		block = within;
		paragraphs[paragraphs.length - 1] += node.data;
	}
	// Markup, not the text, carries the page's own addresses and hooks.
	for (const el of holder.querySelectorAll('*')) {
		const href = el instanceof HTMLAnchorElement ? el.href : undefined;
		for (const name of el.getAttributeNames()) if (name !== 'datetime') el.removeAttribute(name);
		if (href) el.setAttribute('href', href);
	}
	return {
		text: paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n'),
		html: holder.innerHTML,
	};
}

export function copyAuthorsWords(event: ClipboardEvent) {
	const selection = getSelection();
	if (!event.clipboardData || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
	const range = selection.getRangeAt(0);
	const ancestor = range.commonAncestorContainer;
	const start = ancestor instanceof Element ? ancestor : ancestor.parentElement;
	if (!start?.closest(BODY) || start.closest(APPARATUS)) return;
	const { text, html } = authorsWords(range);
	event.clipboardData.setData('text/plain', text);
	event.clipboardData.setData('text/html', html);
	event.preventDefault();
}
