/**
 * <search-highlight>: when a page is opened from a search result (`?pagefind-highlight=word`),
 * marks the words (search-marks.ts, fetched only then) and offers to clear them. Costs a page that
 * was not reached from a search nothing more than this check.
 */
export class SearchHighlight extends HTMLElement {
	connectedCallback() {
		// HIGHLIGHT_PARAM of search/shared/url-state.ts, repeated: importing it would cost every article page a chunk.
		if (new URLSearchParams(location.search).has('pagefind-highlight')) void import('./marks.ts').then(({ markSearchWords }) => markSearchWords(this));
	}
}
