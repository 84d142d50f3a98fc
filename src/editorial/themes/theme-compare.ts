/**
 * A passage's themes disclosure, opened: its `<theme-compare>` gets the same themes' passages in
 * the other analyses, fetched from the site's comparisons file (passage-comparisons.ts), so a
 * page that is only read carries none of them, and the next analysis's page finds it cached.
 * Loaded on the first opening (reading/PassageTools.astro). Without JavaScript the disclosure's
 * theme links lead to the theme pages, which list them all. Escape closes the disclosure and
 * returns to its summary. It shows the lists of the themes the disclosure links to, as offered to
 * its analysis (`data-comparisons` and `data-analysis`, on the article body).
 */
import { fetchData } from '../../reading/fetch-data.ts';
import { combinedComparisons, type Comparisons } from './combined-comparisons.ts';
import { themeOfLink } from '../../config/routes.ts';

const opened = new WeakSet<HTMLDetailsElement>();

export async function showComparisons(details: HTMLDetailsElement): Promise<void> {
	if (!opened.has(details)) {
		opened.add(details);
		details.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape' || !details.open) return;
			details.open = false;
			details.querySelector('summary')?.focus();
		});
	}
	const list = details.querySelector<HTMLElement>('theme-compare');
	if (!list || list.childElementCount > 0 || list.ariaBusy === 'true') return;
	list.ariaBusy = 'true';
	try {
		// Our own markup, built with the page (passage-comparisons.ts).
		const { comparisons, analysis } = list.closest<HTMLElement>('[data-comparisons]')!.dataset;
		const themes = [...details.querySelectorAll(':scope > div > ul a')].map((link) => themeOfLink(link.getAttribute('href')!));
		list.innerHTML = combinedComparisons(await fetchData<Comparisons>(comparisons!), themes, analysis!);
	} catch {
		list.innerHTML = '<p class="compare-failed">The other analyses’ passages could not be loaded; the theme pages above list them all.</p>';
	} finally {
		list.ariaBusy = null;
	}
}
