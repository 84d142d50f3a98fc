/**
 * How the edition is cited and described to machines: the citation readers copy (per passage
 * and per analysis), Google Scholar's `citation_*` tags and schema.org JSON-LD. Pure, so every
 * field is tested; provenance gaps stay gaps (no invented author, date or address).
 */
import { formatKnownDate, type KnownDate, machineDate } from '../text/dates.ts';

export interface CitableArticle {
	title: string;
	titleSuppliedByEditors: boolean;
	/** The byline as received; null when there is none. */
	byline: string | null;
	published: KnownDate;
	updated?: KnownDate | undefined;
	/** The original's address, when known. */
	originalUrl: string | null;
	/** The edition's own address of the article (absolute, without fragment). */
	url: string;
	description: string;
}

export interface Edition {
	name: string;
	url: string;
	lang: string;
}

/**
 * Byline (or "Unsigned"), “Title” [editor-supplied where so], original date (updated date).
 * Edition name, URL (accessed date).
 */
export function formatCitation(article: CitableArticle, edition: Edition, { url, accessed }: { url: string; accessed: string }): string {
	const author = article.byline ?? 'Unsigned';
	const title = `“${article.title}”${article.titleSuppliedByEditors ? ' [title supplied by the editors]' : ''}`;
	const updated = article.updated ? ` (updated ${formatKnownDate(article.updated)})` : '';
	return `${author}, ${title}, ${formatKnownDate(article.published)}${updated}. ${edition.name}, ${url} (accessed ${accessed}).`;
}

/** The citation with placeholders, for the page to fill in the browser (see links.ts). */
export const citationTemplate = (article: CitableArticle, edition: Edition) => formatCitation(article, edition, { url: '{url}', accessed: '{accessed}' });

/**
 * Google Scholar's tags (Highwire Press names). Dates at the precision known: "2025/02/25",
 * or "2025/08" for a date known only to the month. No author tag without a byline.
 */
export function citationMetaTags(article: CitableArticle, edition: Edition): Array<[name: string, content: string]> {
	return [
		['citation_title', article.title],
		...(article.byline ? [['citation_author', article.byline] as [string, string]] : []),
		['citation_publication_date', machineDate(article.published).replaceAll('-', '/')],
		['citation_fulltext_html_url', article.url],
		['citation_language', edition.lang],
	];
}

/** schema.org `Article` for this edition's page, `isBasedOn` the original where its address is known. */
export function articleJsonLd(article: CitableArticle, edition: Edition): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: article.title,
		description: article.description,
		...(article.byline && { author: { '@type': 'Person', name: article.byline } }),
		datePublished: machineDate(article.published),
		...(article.updated && { dateModified: machineDate(article.updated) }),
		inLanguage: edition.lang,
		url: article.url,
		isPartOf: { '@type': 'WebSite', name: edition.name, url: edition.url },
		...(article.originalUrl && { isBasedOn: { '@type': 'Article', headline: article.title, url: article.originalUrl } }),
	};
}

/** JSON for a `<script type="application/ld+json">`, safe against `</script>` in the data. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
