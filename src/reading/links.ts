/**
 * The addresses and texts the passage tools copy in the browser. Kept free of imports so the
 * page script that uses them stays small.
 */

/** A passage's address: the article's public URL (no fragment) and the passage id. */
export const passageUrl = (articleUrl: string, passageId: string) => `${articleUrl.split('#')[0]}#${encodeURIComponent(passageId)}`;

/** A passage's number, as its margin shows it (pipeline/rehype-passage-permalinks.ts). */
export const passageNumber = (passage: Element) => passage.querySelector(':scope > .passage-link')?.textContent ?? '';

/** How a link names the last passage of a range: `?through=<last-id>#<first-id>` (passage-range.ts). */
export const RANGE_PARAM = 'through';

/**
 * The address of passages `firstId` through `lastId`. Without script, or where a browser drops
 * the query, it is the first passage's address; with script the page marks the whole range.
 */
export const rangeUrl = (articleUrl: string, firstId: string, lastId: string) => {
	const url = new URL(articleUrl.split('#')[0]!);
	url.searchParams.set(RANGE_PARAM, lastId);
	return passageUrl(url.href, firstId);
};

/** A passage's address with a text directive (see text-fragment.ts) for the words selected. */
export const selectionUrl = (articleUrl: string, passageId: string, textDirective: string) => `${passageUrl(articleUrl, passageId)}:~:${textDirective}`;

/** The reader's calendar date, as a citation's access date: "24 November 2026". */
export const formatAccessDate = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);

/** Fills a citation made by citationTemplate() (citation.ts); `paragraph`, a passage's number. */
export const fillCitation = (template: string, url: string, accessed: string, paragraph = '') =>
	template.replace('{url}', url).replace('{accessed}', accessed).replace('{paragraph}', paragraph);
