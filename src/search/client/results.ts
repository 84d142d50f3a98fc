/**
 * Draws a search result, on the search page and in the header's dialog alike: the page's title,
 * then its matching passages, best first (search/shared/hits.ts), each named by its section and shown
 * by an excerpt around the matched words. Every link goes to a passage and carries the words to
 * mark there (search/shared/highlight-terms.ts). Built with DOM calls and text nodes: nothing from the index is
 * parsed as HTML.
 */
import { highlightTerms } from '../shared/highlight-terms.ts';
import { excerptParts, type PageHit, passageLabel, rankedPassageHits, type SubResult } from '../shared/hits.ts';
import { HIGHLIGHT_PARAM } from '../shared/highlight-param.ts';
import { unbreakDashes } from '../shared/dash-breaks.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

const link = (className: string, href: string, text: string) => Object.assign(el('a', className, text), { href });

const excerpt = (html: string) => el('p', 'hit-excerpt', ...excerptParts(html).map((p) => (p.marked ? el('mark', '', p.text) : p.text)));

/** The address a result opens: its page, the words to mark, and the passage. */
function landing(hit: PageHit, sub: SubResult | undefined, query: string): string {
	const page = hit.meta.url ?? hit.url;
	const params = new URLSearchParams();
	for (const term of highlightTerms(hit.content, sub?.locations ?? hit.locations, query)) params.append(HIGHLIGHT_PARAM, term);
	const search = params.size > 0 ? `?${params}` : '';
	return `${page}${search}${sub?.anchor ? `#${encodeURIComponent(sub.anchor.id)}` : ''}`;
}

/** One result: at most `maxPassages` of its passages. */
export function renderHit(hit: PageHit, query: string, maxPassages = 50): HTMLElement {
	const title = unbreakDashes(hit.meta.title ?? hit.url);
	const passages = rankedPassageHits(hit).slice(0, maxPassages);
	if (passages.length === 0) {
		return el('li', 'search-hit', el('p', 'hit-title', link('hit-link', landing(hit, undefined, query), title)), excerpt(hit.excerpt));
	}
	const list = passages.map((sub) => el('li', 'hit-passage', link('hit-link', landing(hit, sub, query), passageLabel(hit, sub)), excerpt(sub.excerpt)));
	return el('li', 'search-hit', el('p', 'hit-title', title), el('ul', 'hit-passages', ...list));
}
