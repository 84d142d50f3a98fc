/**
 * The tags every page carries for link unfurlers and reference managers (Open Graph), rendered by
 * Base.astro. An analysis adds its citation tags (citation.ts, CitationMeta.astro).
 */
import { EDITION_NAME } from '../config/site.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../cards/card-content.ts';

interface PageMeta {
	title: string;
	description: string;
	/** The page's own address; none for a page without one (the 404 page). */
	canonical: URL | undefined;
	/** The page's link card (src/cards/): its absolute address and what it shows in words. */
	card: { url: URL; alt: string };
}

export function openGraphTags({ title, description, canonical, card }: PageMeta): Array<[property: string, content: string]> {
	return [
		// The name citations give the site: Zotero saves it as the web page's "Website Title".
		['og:site_name', EDITION_NAME],
		['og:title', title],
		['og:description', description],
		// "website" on every page, the analyses too. Zotero then saves a web page of the edition:
		// "article" beside citation_title would make it guess a journal article and drop the site.
		// (Not DC.type, which it would also copy into the item's "Website Type", for styles to print.)
		['og:type', 'website'],
		...(canonical ? [['og:url', canonical.href] as [string, string]] : []),
		['og:locale', 'en_GB'],
		['og:image', card.url.href],
		['og:image:type', 'image/png'],
		['og:image:width', String(CARD_WIDTH)],
		['og:image:height', String(CARD_HEIGHT)],
		['og:image:alt', card.alt],
	];
}
