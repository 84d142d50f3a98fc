/**
 * <search-page>: the full search, on the page's own form, with Pagefind in a web worker
 * (engine.ts). The form and the URL follow each other (search/shared/url-state.ts); results come a
 * page at a time, each drawn by renderHit, the analyses' first, then ours under their own heading;
 * each filter value shows how many results it would leave, passage by passage. Searches on every
 * keystroke, dropping answers a later one overtook;
 * Pagefind loads when a search is in the URL or the reader shows intent (focus or pointer on the form).
 */
import { formatCount } from '../../text/wording.ts';
import { droppedFiltersNotice, echoed, moreResultsLabel, resultSummary } from '../shared/wording.ts';
import { readSearchState, type SearchState, writeSearchState } from '../shared/url-state.ts';
import { type FilterCounts, type Found, SearchEngine, SearchTurns } from './engine.ts';

/** The results' drawing code: fetched with the first search, alongside the engine's own files. */
let drawing: Promise<typeof import('./results.ts')> | undefined;
const renderer = () => (drawing ??= import('./results.ts'));

/** Shows the page's no-script fallback rather than a search box that does nothing. */
function unavailable(error: unknown): never {
	document.documentElement.classList.remove('js');
	throw error;
}

export class SearchPage extends HTMLElement {
	#engine: SearchEngine | undefined;
	/** Every value's count over the whole index, shown while there is no search. */
	#totals: FilterCounts = {};
	#found: Found | undefined;
	/** The words of the listed results, for the words their links mark. */
	#query = '';
	#shown = 0;
	#turns = new SearchTurns();

	#part<T extends Element>(selector: string): T {
		return this.querySelector<T>(selector)!;
	}
	get #form() {
		return this.#part<HTMLFormElement>('form');
	}
	get #list() {
		return this.#part<HTMLOListElement>('.search-hits');
	}
	/** Every result drawn, in order: the analyses', then ours (results.ts, listFor). */
	get #drawn() {
		return this.querySelectorAll<HTMLElement>('.search-hits > .search-hit');
	}
	get #more() {
		return this.#part<HTMLButtonElement>('.search-more');
	}
	get #pageSize() {
		return Number(this.#list.dataset.pageSize) || 10;
	}

	async connectedCallback() {
		this.#foldableFacets();
		this.#engine = new SearchEngine();
		this.#totals = await this.#engine.filters().catch(unavailable);
		const form = this.#form;
		for (const intent of ['focusin', 'pointerover']) form.addEventListener(intent, () => void this.#engine!.warm(), { once: true });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#search();
		});
		form.addEventListener('input', (event) => {
			if ((event.target as HTMLInputElement).type === 'search') void this.#search();
		});
		form.addEventListener('change', (event) => {
			if ((event.target as HTMLInputElement).type === 'checkbox') void this.#search();
		});
		this.#more.addEventListener('click', () => void this.#showMore());
		addEventListener('popstate', () => this.#fromUrl());
		this.#fromUrl();
	}

	/**
	 * The URL's search, into the form and run. A filter value the site does not have (an old or
	 * mistyped link) is dropped, saying so, and the URL is rewritten: it never disagrees with the results.
	 */
	#fromUrl() {
		const { query, filters } = readSearchState(location.search);
		for (const field of this.#form.elements as HTMLFormControlsCollection & Iterable<HTMLInputElement>) {
			if (field.type === 'search') field.value = query;
			if (field.type === 'checkbox') field.checked = filters[field.name]?.includes(field.value) ?? false;
		}
		// What the form could not take: values no checkbox has.
		const kept = this.#state().filters;
		const dropped = Object.entries(filters).flatMap(([key, values]) => values.filter((v) => !kept[key]?.includes(v)).map((value) => ({ key, value })));
		const notice = this.#part<HTMLElement>('.search-dropped');
		notice.textContent = droppedFiltersNotice(dropped);
		notice.hidden = !dropped.length;
		void this.#search(dropped.length > 0);
	}

	#state(): SearchState {
		const params = new URLSearchParams();
		for (const [key, value] of new FormData(this.#form)) params.append(key, String(value));
		return readSearchState(params.toString());
	}

	async #search(toUrl = true) {
		const current = this.#turns.next();
		const state = this.#state();
		if (toUrl) history.replaceState(history.state, '', `${location.pathname}${writeSearchState(location.search, state)}${location.hash}`);
		const query = state.query.trim();
		if (!query && Object.keys(state.filters).length === 0) {
			this.#found = undefined;
			this.#shown = 0;
			return this.#start(this.#totals, query, '');
		}
		const [found] = await Promise.all([this.#engine!.search(query || null, state.filters, { counts: true }).catch(unavailable), renderer()]);
		if (!current()) return;
		this.#found = found;
		this.#query = query;
		this.#shown = 0;
		const start = () => this.#start(found.filters, query, resultSummary(found.count, query));
		// The summary appears with the first result, so it never counts a blank list.
		if (found.count === 0) start();
		else await this.#drawPage(current, start);
	}

	/** Clears the list for a new search and says what it found. */
	#start(counts: FilterCounts, query: string, summary: string) {
		this.#counts(counts);
		this.#part('.search-summary').textContent = summary;
		this.#part<HTMLElement>('#search-hints').hidden = !query || (this.#found?.count ?? 0) > 0;
		this.#part('.hint-term').textContent = echoed(query);
		this.#list.replaceChildren();
		this.querySelector('.search-editorial')?.remove();
		this.#more.hidden = true;
	}

	/**
	 * Draws the next page of results, each once it and those above it have arrived: in order, so
	 * nothing drawn moves, and one at a time, so no single task holds up the page.
	 */
	async #drawPage(current: () => boolean, beforeFirst?: () => void) {
		const found = this.#found!;
		const end = Math.min(found.count, this.#shown + this.#pageSize);
		const page = Array.from({ length: end - this.#shown }, (_, i) => found.hit(this.#shown + i));
		const { renderHit, listFor } = await renderer();
		for (const [i, data] of page.entries()) {
			const hit = await data;
			if (!current() || !hit) return;
			if (i === 0) beforeFirst?.();
			listFor(this.#list, this.#shown >= found.analyses).append(renderHit(hit, this.#query));
			this.#shown++;
		}
		this.#updateMore();
	}

	async #showMore() {
		// Not twice for one page, nor while a new search is replacing the list.
		if (this.#more.ariaBusy === 'true' || this.#drawn.length !== this.#shown) return;
		this.#more.ariaBusy = 'true';
		const firstNew = this.#shown;
		await this.#drawPage(this.#turns.current()).finally(() => (this.#more.ariaBusy = null));
		// Keyboard and screen-reader users continue at the first new result.
		this.#drawn[firstNew]?.querySelector('a')?.focus();
	}

	#updateMore() {
		const label = moreResultsLabel((this.#found?.count ?? 0) - this.#shown, this.#pageSize);
		this.#more.hidden = !label;
		this.#more.textContent = label;
	}

	/** Every value's count beside it: how many results choosing it would leave. */
	#counts(counts: FilterCounts) {
		for (const box of this.querySelectorAll<HTMLInputElement>('.facet input')) {
			const count = counts[box.name]?.[box.value] ?? 0;
			box.closest('label')!.querySelector('.facet-count')!.textContent = formatCount(count);
		}
	}

	/** Each filter group folds on its button; global.css decides which start folded. */
	#foldableFacets() {
		const wide = matchMedia('(width >= 52rem)');
		for (const toggle of this.querySelectorAll<HTMLButtonElement>('.facet-toggle')) {
			const facet = toggle.closest<HTMLElement>('.facet')!;
			const values = facet.querySelector<HTMLElement>('.facet-values')!;
			const sync = () => toggle.setAttribute('aria-expanded', String(values.checkVisibility()));
			toggle.addEventListener('click', () => {
				facet.dataset.folded = String(toggle.getAttribute('aria-expanded') === 'true');
				sync();
			});
			wide.addEventListener('change', sync);
			sync();
		}
	}
}
