/**
 * Connects the search page's Pagefind UI to the address bar, both ways (see lib/search-url.ts),
 * shows suggestions when a search finds nothing and says when only the first results are listed.
 * Pagefind does the searching and rendering.
 */
import { readSearchState, writeSearchState } from '../lib/search-url.ts';
import { listedAtMost, pagefindInstance } from './pagefind-ui.ts';
import { useHitRenderer } from './search-results.ts';

/** Where global.css puts the filters beside the results rather than above them. */
const BESIDE_RESULTS = '(min-width: 52rem)';

export async function runSearchPage(instanceName: string) {
	// Above the results (a phone), the filter groups start folded: open, they would push the
	// results half a screen down as they load.
	if (!matchMedia(BESIDE_RESULTS).matches) document.querySelector('pagefind-filter-pane')?.removeAttribute('open');
	const instance = await pagefindInstance(instanceName).catch((error: unknown) => {
		// Show the page's no-script fallback rather than an empty search box.
		document.documentElement.classList.remove('js');
		throw error;
	});
	await customElements.whenDefined('pagefind-results');
	const page = document.querySelector('.search-page');
	if (page) useHitRenderer(page);
	const hints = document.querySelector<HTMLElement>('#search-hints');
	const hintTerm = hints?.querySelector<HTMLElement>('.hint-term');
	const more = document.querySelector<HTMLElement>('#search-more');
	const shown = listedAtMost(page);
	let term = '';
	let applying = false;

	const applyUrl = () => {
		const { query, filters } = readSearchState(location.search);
		applying = true;
		instance.triggerSearchWithFilters(query, filters);
		applying = false;
	};
	instance.on('search', (query, filters) => {
		term = query;
		if (applying) return;
		const search = writeSearchState(location.search, { query, filters: filters ?? {} });
		history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
	});
	instance.on('results', ({ results }) => {
		if (hints && hintTerm) {
			hints.hidden = results.length > 0 || !term;
			hintTerm.textContent = term;
		}
		if (more) {
			more.hidden = results.length <= shown;
			more.textContent = `These are the first ${shown} of ${results.length.toLocaleString('en')} results. Add words or choose a filter to narrow them.`;
		}
	});
	addEventListener('popstate', applyUrl);
	applyUrl();
}
