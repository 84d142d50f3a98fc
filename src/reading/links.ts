/**
 * The addresses and texts the passage tools copy in the browser. Kept free of imports so the
 * page script that uses them stays small.
 */

/** A passage's address: the article's public URL (no fragment) and the passage id. */
export const passageUrl = (articleUrl: string, passageId: string) => `${articleUrl.split('#')[0]}#${encodeURIComponent(passageId)}`;

/** A passage's address with a text directive (see text-fragment.ts) for the words selected. */
export const selectionUrl = (articleUrl: string, passageId: string, textDirective: string) => `${passageUrl(articleUrl, passageId)}:~:${textDirective}`;

/** The reader's calendar date, as a citation's access date: "24 November 2026". */
export const formatAccessDate = (date: Date) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);

/** Fills a citation made by citationTemplate() (citation.ts). */
export const fillCitation = (template: string, url: string, accessed: string) => template.replace('{url}', url).replace('{accessed}', accessed);
