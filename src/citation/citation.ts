/**
 * How the edition is cited and described to machines: the citation readers copy (per passage
 * and per analysis), Google Scholar's `citation_*` tags and schema.org JSON-LD. Pure, so every
 * field is tested; provenance gaps stay gaps (no invented author, date or address).
 */
import { formatKnownDate, type KnownDate, machineDate } from '../text/dates.ts';

export interface CitableArticle {
	/** The analysis's slug, its key in citation files. */
	id: string;
	title: string;
	titleSuppliedByEditors: boolean;
	/** The byline as received; null when there is none. */
	byline: string | null;
	/** The person the byline names; null when it names none (a role, or no byline). */
	author: PersonName | null;
	published: KnownDate;
	updated?: KnownDate | undefined;
	/** The original's address, when known. */
	originalUrl: string | null;
	/** The edition's own address of the article (absolute, without fragment). */
	url: string;
	description: string;
	/** Our summary, as plain text. */
	summary: string;
}

interface PersonName {
	given: string;
	family: string;
}

export interface Edition {
	name: string;
	url: string;
	lang: string;
}

/**
 * Byline (or "Unsigned"), “Title” [editor-supplied where so], original date (updated date), and
 * for a passage its number (¶ 11). Edition name, URL (accessed date).
 */
export function formatCitation(
	article: CitableArticle,
	edition: Edition,
	{ url, accessed, paragraph }: { url: string; accessed: string; paragraph?: string },
): string {
	const author = article.byline ?? 'Unsigned';
	const title = `“${article.title}”${article.titleSuppliedByEditors ? ' [title supplied by the editors]' : ''}`;
	const updated = article.updated ? ` (updated ${formatKnownDate(article.updated)})` : '';
	const locator = paragraph ? `, ¶ ${paragraph}` : '';
	return `${author}, ${title}, ${formatKnownDate(article.published)}${updated}${locator}. ${edition.name}, ${url} (accessed ${accessed}).`;
}

/**
 * The citation with placeholders, for the page to fill in the browser (see links.ts): of the
 * analysis, or, with `passage`, of one of its passages, whose number is left to fill too.
 */
export const citationTemplate = (article: CitableArticle, edition: Edition, passage?: 'passage') =>
	formatCitation(article, edition, { url: '{url}', accessed: '{accessed}', ...(passage && { paragraph: '{paragraph}' }) });

/**
 * The title as citations give it: one the editors supplied in square brackets, the usual mark
 * of a supplied title (the page's heading says so in words).
 */
export const citedTitle = (article: Pick<CitableArticle, 'title' | 'titleSuppliedByEditors'>) => (article.titleSuppliedByEditors ? `[${article.title}]` : article.title);

/** The abstract reference managers keep: our summary, said to be ours. */
export const citedAbstract = (article: CitableArticle) => `Summary by the edition’s editors: ${article.summary}`;

/** What a byline that names no person says, kept for citing where the styles give no author. */
export function signature(article: CitableArticle): string | undefined {
	if (article.author) return undefined;
	return article.byline ? `Signed “${article.byline}”` : 'Unsigned';
}

/**
 * Tags for reference managers: Google Scholar's Highwire `citation_*` (also read by Mendeley,
 * EndNote and Zotero) and the same facts in Dublin Core, but for the abstract: a paragraph
 * long, it is given once, as `citation_abstract`, which Zotero reads first. The item's type is
 * stated by `og:type` "website" (page-meta.ts, which says why not `DC.type`): Zotero saves a web
 * page of the edition, whose site is `og:site_name`. No `citation_journal_title`, which forces a
 * journal article. Dates as ISO 8601 at the precision known ("2025-02-25", "2025-08"). An author
 * only where a person is named, "Family, Given" so that no reader has to guess the split.
 */
export function citationMetaTags(article: CitableArticle, edition: Edition): Array<[name: string, content: string]> {
	const title = citedTitle(article);
	const date = machineDate(article.published);
	const author = article.author && `${article.author.family}, ${article.author.given}`;
	// Zotero takes no Extra from a page, so a signature that names no person rides in the abstract.
	const signed = signature(article);
	const abstract = `${citedAbstract(article)}${signed ? ` ${signed}.` : ''}`;
	return [
		['DC.title', title],
		['citation_title', title],
		...(author ? [['DC.creator', author] as [string, string], ['citation_author', author] as [string, string]] : []),
		['DC.date', date],
		['citation_publication_date', date],
		['DC.language', edition.lang],
		['citation_language', edition.lang],
		['citation_abstract', abstract],
		['citation_public_url', article.url],
		['citation_fulltext_html_url', article.url],
	];
}

/** schema.org `Article` for this edition's page, `isBasedOn` the original where its address is known. */
export function articleJsonLd(article: CitableArticle, edition: Edition): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: article.title,
		description: article.description,
		...(article.author && { author: { '@type': 'Person', givenName: article.author.given, familyName: article.author.family } }),
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
