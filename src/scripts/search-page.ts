/**
 * Keeps the search page's query in its URL (`?q=`), both ways: a shared or reloaded URL runs its
 * search, and every search the reader runs rewrites the URL. Pagefind's Component UI does the
 * searching and rendering; this only connects it to the address bar.
 */
interface PagefindInstance {
	triggerSearch(term: string): void;
	on(event: 'search', callback: (term: string) => void): void;
}
declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
	}
}

export async function syncSearchWithUrl(instanceName: string) {
	await customElements.whenDefined('pagefind-results');
	const instance = window.PagefindComponents?.getInstanceManager().getInstance(instanceName);
	if (!instance) return;
	let applying = false;
	const applyUrl = () => {
		applying = true;
		instance.triggerSearch(new URLSearchParams(location.search).get('q') ?? '');
		applying = false;
	};
	instance.on('search', (term) => {
		if (applying) return;
		const url = new URL(location.href);
		if (term) url.searchParams.set('q', term);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
	});
	addEventListener('popstate', applyUrl);
	applyUrl();
}
