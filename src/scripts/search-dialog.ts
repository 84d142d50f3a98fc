/** The header's search dialog (see site-search.ts): Pagefind's UI, with the site's results. */
import { listedAtMost, pagefindInstance } from './pagefind-ui.ts';
import { useHitRenderer } from './search-results.ts';

export interface PagefindModal extends HTMLElement {
	open(): void;
}

/**
 * Loads the dialog's code and keeps its "full search" link in step with the query; when the
 * dialog shows only the first results (its `max-results`), the link says how many there are.
 */
export async function prepareDialog(root: HTMLElement): Promise<PagefindModal | null> {
	const instance = await pagefindInstance('hdr');
	await customElements.whenDefined('pagefind-modal');
	useHitRenderer(root);
	const fullSearch = root.querySelector<HTMLAnchorElement>('a.full-search-link');
	const everything = fullSearch?.textContent ?? '';
	const shown = listedAtMost(root);
	instance.on('search', (term) => {
		if (fullSearch) fullSearch.href = term ? `/search/?q=${encodeURIComponent(term)}` : '/search/';
	});
	instance.on('results', ({ results }) => {
		if (fullSearch) fullSearch.textContent = results.length > shown ? `All ${results.length.toLocaleString('en')} results, in the full search` : everything;
	});
	return root.querySelector<PagefindModal>('pagefind-modal');
}
