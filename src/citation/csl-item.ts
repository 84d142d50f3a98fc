/**
 * An analysis as one CSL-JSON item: the description that the citation styles, the BibLaTeX, RIS
 * and CSL-JSON files and the page's metadata all start from, so that they cannot disagree.
 */
import { machineDate } from '../text/dates.ts';
import { type CitableArticle, citedAbstract, citedTitle, type Edition, signature } from './citation.ts';

export interface CslItem {
	id: string;
	type: 'webpage';
	title: string;
	author?: Array<{ family: string; given: string }>;
	issued: { 'date-parts': [number[]] };
	'container-title': string;
	URL: string;
	language: string;
	abstract: string;
	/** Zotero's Extra: the signature, where it names no person. */
	note?: string;
}

/** The date as CSL date parts at the precision known: [2025, 8] for a date known to the month. */
const dateParts = (article: CitableArticle) => machineDate(article.published).split('-').map(Number);

export function cslItem(article: CitableArticle, edition: Edition): CslItem {
	const note = signature(article);
	return {
		id: article.id,
		type: 'webpage',
		title: citedTitle(article),
		...(article.author && { author: [{ family: article.author.family, given: article.author.given }] }),
		issued: { 'date-parts': [dateParts(article)] },
		'container-title': edition.name,
		URL: article.url,
		language: edition.lang,
		abstract: citedAbstract(article),
		...(note && { note }),
	};
}
