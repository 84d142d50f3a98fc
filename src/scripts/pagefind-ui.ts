/** Loads Pagefind's Component UI (script and stylesheet) once, on demand, and reads its settings. */

export interface PagefindInstance {
	triggerSearch(term: string): void;
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
	on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
	on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
}

interface PagefindComponents {
	getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

declare global {
	interface Window {
		PagefindComponents?: PagefindComponents;
	}
}

const BUNDLE = '/pagefind/';
let loading: Promise<PagefindComponents> | undefined;

export function loadPagefindUi(): Promise<PagefindComponents> {
	loading ??= new Promise((resolve, reject) => {
		const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
		const script = Object.assign(document.createElement('script'), { type: 'module', src: `${BUNDLE}pagefind-component-ui.js` });
		script.addEventListener('load', () => (window.PagefindComponents ? resolve(window.PagefindComponents) : reject(new Error('Pagefind UI missing'))));
		script.addEventListener('error', () => reject(new Error('Pagefind UI could not be loaded')));
		document.head.append(style, script);
	});
	return loading;
}

export async function pagefindInstance(name: string): Promise<PagefindInstance> {
	return (await loadPagefindUi()).getInstanceManager().getInstance(name);
}

/** How many results the `<pagefind-results>` inside `root` lists at most (its `max-results`). */
export function listedAtMost(root: ParentNode | null): number {
	return Number(root?.querySelector('pagefind-results')?.getAttribute('max-results')) || Infinity;
}
