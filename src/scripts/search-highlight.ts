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
	#observer: IntersectionObserver | undefined;

	async connectedCallback() {
		if (!new URLSearchParams(location.search).has(PARAM)) return;
		const url = '/pagefind/pagefind-highlight.js';
		const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as PagefindHighlightModule;
		new PagefindHighlight({ highlightParam: PARAM, addStyles: false });
		const marked = new Set([...document.querySelectorAll('mark.pagefind-highlight')].map((m) => m.closest('[data-passage], p, li') ?? m));
		if (marked.size === 0) return;
		this.querySelector('button')?.addEventListener('click', () => this.clear());
		// Shown while a marked passage is on screen, so it is never left over unrelated text.
		const inView = new Set<Element>();
		this.#observer = new IntersectionObserver((entries) => {
			for (const { target, isIntersecting } of entries) isIntersecting ? inView.add(target) : inView.delete(target);
			this.hidden = inView.size === 0;
		});
		for (const element of marked) this.#observer.observe(element);
	}

	/** Unwraps the marks and drops the parameter, keeping the passage in the URL. */
	clear() {
		for (const mark of document.querySelectorAll('mark.pagefind-highlight')) mark.replaceWith(...mark.childNodes);
		document.querySelector('[data-pagefind-body]')?.normalize();
		const url = new URL(location.href);
		url.searchParams.delete(PARAM);
		history.replaceState(history.state, '', url);
		this.#observer?.disconnect();
		this.hidden = true;
		document.documentElement.classList.remove('highlighting');
	}
}
