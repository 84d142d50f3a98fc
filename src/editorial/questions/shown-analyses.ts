/**
 * Which analyses the synopsis shows, in its URL: `?with=a,b` names the two (or more) kept; no
 * parameter, all. Pure, for the page's script and its tests.
 */

/** Fewer than two would be no comparison. */
const AT_LEAST = 2;

/**
 * The analyses `?with=` keeps, in the columns' order; all of them where the parameter is absent,
 * names fewer than two known analyses, or names them all.
 */
export function readShownAnalyses(search: string, analyses: readonly string[]): string[] {
	const named = new Set((new URLSearchParams(search).get('with') ?? '').split(',').filter(Boolean));
	const shown = analyses.filter((slug) => named.has(slug));
	return shown.length >= AT_LEAST ? shown : [...analyses];
}

/** The URL's query string with `shown` in `?with=` (dropped when all show); other parameters kept. */
export function writeShownAnalyses(search: string, shown: readonly string[], analyses: readonly string[]): string {
	const params = new URLSearchParams(search);
	params.delete('with');
	const all = analyses.every((slug) => shown.includes(slug));
	const out = params.toString();
	// Commas stay readable in a shared link (URLSearchParams would write %2C).
	const withParam = all ? '' : `with=${analyses.filter((slug) => shown.includes(slug)).join(',')}`;
	const query = [out, withParam].filter(Boolean).join('&');
	return query ? `?${query}` : '';
}

/** Whether a reader may hide one more analysis: two must stay. */
export const canHide = (shown: readonly string[]) => shown.length > AT_LEAST;
