/**
 * <search-highlight>: when a page is opened from a search result (`?pagefind-highlight=word`),
 * marks the words with Pagefind's highlighter and offers to clear them. Fetches nothing otherwise.
 */
/** HIGHLIGHT_PARAM of lib/search-url.ts, repeated: importing it would cost every article page a chunk. */
const PARAM = 'pagefind-highlight';

interface PagefindHighlightModule {
	default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

export class SearchHighlight extends HTMLElement {
	async connectedCallback() {
		if (!new URLSearchParams(location.search).has(PARAM)) return;
		const url = '/pagefind/pagefind-highlight.js';
		const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as PagefindHighlightModule;
		new PagefindHighlight({ highlightParam: PARAM, addStyles: false });
		if (!document.querySelector('mark.pagefind-highlight')) return;
		this.hidden = false;
		this.querySelector('button')?.addEventListener('click', () => this.clear());
	}

	/** Unwraps the marks and drops the parameter, keeping the passage in the URL. */
	clear() {
		for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...mark.childNodes);
		document.querySelector('[data-pagefind-body]')?.normalize();
		const url = new URL(location.href);
		url.searchParams.delete(PARAM);
		history.replaceState(history.state, '', url);
		this.hidden = true;
	}
}
