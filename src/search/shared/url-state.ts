/**
 * The search page's state in its URL: `?q=words&analysis=…&theme=…&kind=…` (filters repeatable),
 * so a search can be shared and reloaded. Pure, for the page script and its tests.
 */

export const FILTER_KEYS = ['analysis', 'theme', 'kind'] as const;

export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
}

export function readSearchState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length > 0) filters[key] = values;
	}
	return { query: params.get('q') ?? '', filters };
}

/** The URL's query string for a state; other parameters of `search` are kept. */
export function writeSearchState(search: string, { query, filters }: SearchState): string {
	const params = new URLSearchParams(search);
	for (const key of ['q', ...FILTER_KEYS]) params.delete(key);
	if (query) params.set('q', query);
	for (const key of FILTER_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
	const out = params.toString();
	return out ? `?${out}` : '';
}
