/**
 * Renders Pagefind results so that every link goes to a passage, the best-matching passage first
 * (see lib/search-hits.ts). Built with DOM calls and text nodes: nothing from the index is parsed
 * as HTML. Keeps Pagefind's class names, so in the dialog its styles and keyboard navigation
 * apply (global.css styles them on the search page, which has no Pagefind styles).
 */
import { excerptParts, type PageHit, rankedPassageHits } from '../lib/search-hits.ts';

const MAX_PASSAGES = 50;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

function link(className: string, href: string, text: string) {
	return Object.assign(el('a', className, text), { href });
}

function excerpt(className: string, html: string) {
	return el('p', className, ...excerptParts(html).map((p) => (p.marked ? el('mark', '', p.text) : p.text)));
}

export function renderHit(hit: PageHit): HTMLElement {
	const title = hit.meta.title ?? hit.url;
	const passages = rankedPassageHits(hit).slice(0, MAX_PASSAGES);
	const heading =
		passages.length > 0 ? el('p', 'pf-result-title', el('span', 'result-page', title)) : el('p', 'pf-result-title', link('pf-result-link', hit.url, title));
	const card = el('div', 'pf-result-card', el('div', 'pf-result-content', heading, ...(passages.length > 0 ? [] : [excerpt('pf-result-excerpt', hit.excerpt)])));
	const list = passages.map((sub) => el('li', 'pf-heading-chip', link('pf-heading-link', sub.url, sub.title), excerpt('pf-heading-excerpt', sub.excerpt)));
	return el('li', 'pf-result', card, ...(list.length > 0 ? [el('ul', 'pf-heading-chips', ...list)] : []));
}

interface ResultsElement extends HTMLElement {
	resultTemplate?: (hit: PageHit) => HTMLElement;
}

/** Uses renderHit for every <pagefind-results> inside `root`. */
export function useHitRenderer(root: ParentNode) {
	for (const results of root.querySelectorAll<ResultsElement>('pagefind-results')) results.resultTemplate = renderHit;
}
