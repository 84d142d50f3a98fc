/**
 * The header's search dialog (see site-search.ts): the same engine and result drawing as the
 * search page, with the first results only and a link to the full search with filters. Searches
 * on every keystroke; an answer that a later keystroke has overtaken is dropped.
 */
import { formatCount } from '../../text/wording.ts';
import { resultSummary } from '../shared/wording.ts';
import { searchQuery } from '../../config/routes.ts';
import { type Found, SearchEngine, SearchTurns } from './engine.ts';
import { listFor, renderHit } from './results.ts';
import type { PageHit } from '../shared/hits.ts';

/** Results the dialog draws; the full search lists the rest. */
const SHOWN = 20;
/** Passages per result in the dialog: a quick jump, not a reading list. */
const PASSAGES_SHOWN = 5;

/** Runs the dialog's search on `worker`, a search engine worker already started (engine.ts). */
export function connectDialog(dialog: HTMLDialogElement, worker: Worker) {
	const engine = new SearchEngine(worker);
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
	const summary = dialog.querySelector<HTMLElement>('.search-summary')!;
	const list = dialog.querySelector<HTMLOListElement>('.search-hits')!;
	// The analyses' results in `list`, then ours in a list under their own heading (listFor).
	const links = () => dialog.querySelectorAll<HTMLAnchorElement>('.search-hits a');
	const clear = () => {
		list.replaceChildren();
		dialog.querySelector('.search-editorial')?.remove();
	};
	/** Draws the result at `index` (`analyses` of them are the analyses'). */
	const draw = (hit: PageHit, query: string, index: number, analyses: number) => listFor(list, index >= analyses).append(renderHit(hit, query, PASSAGES_SHOWN));
	const fullSearch = dialog.querySelector<HTMLAnchorElement>('a.full-search-link')!;
	const everything = fullSearch.textContent;
	const turns = new SearchTurns();

	async function search() {
		const current = turns.next();
		const query = input.value.trim();
		fullSearch.href = searchQuery(query);
		if (!query) {
			summary.textContent = '';
			fullSearch.textContent = everything;
			return clear();
		}
		// Tests set data-max-results to see the count without twenty results.
		const shown = Number(list.dataset.maxResults) || SHOWN;
		let found: Found;
		try {
			found = await engine.search(query, {});
		} catch {
			// Pagefind could not load: say so, and the full search link (which explains) stays.
			summary.textContent = 'Search could not load here. The full search page lists the analyses and themes.';
			return clear();
		}
		if (!current()) return;
		// The first result alone first, so that it needs one fragment; then the rest, drawn in order.
		const first = await found.hit(0);
		if (!current()) return;
		clear();
		if (first) draw(first, query, 0, found.analyses);
		summary.textContent = resultSummary(found.count, query);
		fullSearch.textContent = found.count > shown ? `All ${formatCount(found.count)} results, in the full search` : everything;
		const rest = Array.from({ length: Math.min(found.count, shown) - 1 }, (_, i) => found.hit(i + 1));
		for (const [i, next] of rest.entries()) {
			const hit = await next;
			if (!current()) return;
			if (hit) draw(hit, query, i + 1, found.analyses);
		}
	}

	input.addEventListener('input', () => void search());
	// Enter in the box opens the first result (or, with none yet, the full search).
	input.addEventListener('keydown', (event) => {
		if (event.key !== 'Enter' || event.isComposing) return;
		event.preventDefault();
		(links()[0] ?? fullSearch).click();
	});
	// The arrows move from the box through the result links and back.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [input, ...links()];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		if (at === -1) return;
		event.preventDefault();
		stops[Math.min(Math.max(at + (event.key === 'ArrowDown' ? 1 : -1), 0), stops.length - 1)]!.focus();
	});
	if (input.value) void search();
}
