/**
 * Draws a search result, on the search page and in the header's dialog alike: the page's title,
 * then its matching passages, best first (search/shared/hits.ts), each named by its number and
 * section (and, to a screen reader, its page's title too) and shown by an excerpt around the matched words. Every link goes to a passage and carries the words to
 * mark there (search/shared/highlight-terms.ts). Built with DOM calls and text nodes: nothing from the index is
 * parsed as HTML.
 */
import { highlightTerms } from '../shared/highlight-terms.ts';
import { type ExcerptPart, excerptParts, type PageHit, passageExcerptParts, passageLabel, passageLinkName, rankedPassageHits, type SubResult } from '../shared/hits.ts';
import { HIGHLIGHT_PARAM } from '../shared/highlight-param.ts';
import { unbreakDashes } from '../shared/dash-breaks.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<Node | string>) {
	const node = document.createElement(tag);
	node.className = className;
	node.append(...children);
	return node;
}

const link = (className: string, href: string, text: string) => Object.assign(el('a', className, text), { href });

const excerpt = (parts: ExcerptPart[]) => el('p', 'hit-excerpt', ...parts.map((p) => (p.marked ? el('mark', '', p.text) : p.text)));

/** The address a result opens: its page, the words to mark, and the passage. */
function landing(hit: PageHit, sub: SubResult | undefined, query: string): string {
	const page = hit.meta.url ?? hit.url;
	const params = new URLSearchParams();
	for (const term of highlightTerms(hit.content, sub?.locations ?? hit.locations, query)) params.append(HIGHLIGHT_PARAM, term);
	const search = params.size > 0 ? `?${params}` : '';
	return `${page}${search}${sub?.anchor ? `#${encodeURIComponent(sub.anchor.id)}` : ''}`;
}

/**
 * The list a result goes into: an analysis's, `list`; one of our editorial pages', a list after it
 * under the heading "From the editors", made when the first of ours comes (the worker lists ours
 * after the analyses': search/shared/result-groups.ts). Styled in SiteSearch.astro, which every page has.
 */
export function listFor(list: HTMLOListElement, editorial: boolean): HTMLOListElement {
	if (!editorial) return list;
	let group = list.nextElementSibling;
	if (!group?.matches('.search-editorial')) {
		group = el('div', 'search-editorial', el('h2', 'search-group-heading', 'From the editors'), el('ol', 'search-hits'));
		list.after(group);
	}
	return group.querySelector('ol')!;
}

/** One result: at most `maxPassages` of its passages. */
export function renderHit(hit: PageHit, query: string, maxPassages = 50): HTMLElement {
	const title = unbreakDashes(hit.meta.title ?? hit.url);
	const passages = rankedPassageHits(hit, query).slice(0, maxPassages);
	if (passages.length === 0) {
		return el('li', 'search-hit', el('p', 'hit-title', link('hit-link', landing(hit, undefined, query), title)), excerpt(excerptParts(hit.excerpt)));
	}
	const list = passages.map((sub) => {
		const to = link('hit-link', landing(hit, sub, query), passageLabel(hit, sub));
		to.ariaLabel = passageLinkName(hit, sub);
		return el('li', 'hit-passage', to, excerpt(passageExcerptParts(sub)));
	});
	return el('li', 'search-hit', el('p', 'hit-title', title), el('ul', 'hit-passages', ...list));
}
