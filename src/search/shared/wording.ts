/**
 * What the search page says about its results. Pure, so the wording (singular and plural, a search
 * by filters alone, thousands) is unit-tested.
 */
import { counted, formatCount } from '../../text/wording.ts';


/** What the reader typed, as the page repeats it back: a pasted page of text is cut to its start. */
export const echoed = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max).trimEnd()}…` : text);

/** The line above the results: for words, or (without words) for the chosen filters alone. */
export function resultSummary(results: number, query: string): string {
	if (query) return results === 0 ? `No results for ${echoed(query)}` : `${counted(results, 'result', 'results')} for ${echoed(query)}`;
	return results === 0 ? 'No page matches the chosen filters' : `${counted(results, 'page matches', 'pages match')} the chosen filters`;
}

/** The label of the button that lists the next results, or '' when all are listed. */
export function moreResultsLabel(left: number, pageSize: number): string {
	if (left <= 0) return '';
	if (left === 1) return 'Show the last result';
	if (left <= pageSize) return `Show the last ${counted(left, 'result', 'results')}`;
	return `Show ${pageSize} more (${formatCount(left)} not shown yet)`;
}

/** Says which filters of a link were dropped because the site has no such value; '' for none. */
export const droppedFiltersNotice = (dropped: ReadonlyArray<{ key: string; value: string }>) =>
	dropped.length ? `Left out of this search, as no page has them: ${dropped.map(({ key, value }) => `${key} “${echoed(value)}”`).join(', ')}.` : '';
