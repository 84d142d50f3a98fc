/**
 * <search-highlight>: when a page is opened from a search result (`?pagefind-highlight=word`),
 * marks the words (marks.ts, fetched only then) and offers to clear them. Costs a page that
 * was not reached from a search nothing more than this check: the head's first-paint script has
 * already read the address and set `.highlighting` (layouts/Base.astro).
 */
export class SearchHighlight extends HTMLElement {
	connectedCallback() {
		if (document.documentElement.classList.contains('highlighting')) void import('./marks.ts').then(({ markSearchWords }) => markSearchWords(this));
	}
}
