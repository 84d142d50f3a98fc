/**
 * What Zotero saves from a page, by the rules of its Embedded Metadata translator, mirrored for
 * the fields this site sets. The translator:
 * https://github.com/zotero/translators/blob/2814370161d05d799086825fac8d499db3a33aa3/Embedded%20Metadata.js
 * (with RDF.js beside it, which it loads to read Dublin Core and Open Graph). Rules mirrored:
 * - type: `citation_journal_title` (and its kin) forces a journal article; else `DC.type` that
 *   names a Zotero type, else `og:type` "website" → web page (strong); else `citation_title`
 *   guesses a journal article; else a web page (EM `init`, RDF `detectType`);
 * - `citation_*` overwrites the Dublin Core and Open Graph values (EM `addHighwireMetadata`);
 * - title: `citation_title`, `DC.title`, `og:title`, then the document's title;
 * - creators: each `citation_author` (else `DC.creator`), "Family, Given" split on the comma,
 *   a single word kept as a one-field name;
 * - website title: `og:site_name`, only for web pages, blog posts and newspaper articles;
 * - date: `citation_date` > `citation_cover_date` > `citation_publication_date` > `DC.date`, as written;
 * - language: `citation_language`, `DC.language`, then `<html lang>`;
 * - abstract: `citation_abstract`, `og:description`, `DC.description`, then `<meta name="description">`;
 * - URL: `citation_public_url`, `og:url`, `citation_fulltext_html_url`, then the canonical link.
 * Checked against the real translators, run by zotero/translation-server (the README says how).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

export interface ZoteroItem {
	itemType: 'journalArticle' | 'webpage' | string;
	title?: string;
	creators: Array<{ lastName: string; firstName?: string } | { name: string }>;
	websiteTitle?: string;
	date?: string;
	language?: string;
	abstractNote?: string;
	url?: string;
}

const JOURNAL_TAGS = ['citation_journal_title', 'citation_conference_title', 'citation_book_title', 'citation_inbook_title', 'citation_dissertation_institution', 'citation_technical_report_institution'];

export function zoteroItem(html: string): ZoteroItem {
	const meta = new Map<string, string[]>();
	let lang: string | undefined;
	let documentTitle: string | undefined;
	let canonical: string | undefined;
	visit(fromHtml(html), 'element', (node: Element) => {
		const p = node.properties;
		if (node.tagName === 'html') lang = p.lang as string | undefined;
		if (node.tagName === 'title') documentTitle = (node.children[0] as { value?: string } | undefined)?.value;
		if (node.tagName === 'link' && (p.rel as string[] | undefined)?.includes('canonical')) canonical = p.href as string;
		const key = (p.name ?? p.property) as string | undefined;
		if (node.tagName === 'meta' && key && typeof p.content === 'string') meta.set(key, [...(meta.get(key) ?? []), p.content]);
	});
	const first = (...keys: string[]) => keys.map((k) => meta.get(k)?.[0]).find((v) => v !== undefined);

	let itemType: string;
	if (JOURNAL_TAGS.some((k) => meta.has(k))) itemType = 'journalArticle';
	else if (meta.has('DC.type')) itemType = meta.get('DC.type')![0]!;
	else if (first('og:type') === 'website') itemType = 'webpage';
	else if (meta.has('citation_title')) itemType = 'journalArticle';
	else itemType = 'webpage';

	const names = meta.get('citation_author') ?? meta.get('DC.creator') ?? [];
	const creators = names.map((name) => {
		if (name.includes(',')) {
			const [lastName, firstName] = name.split(',').map((s) => s.trim()) as [string, string];
			return { lastName, firstName };
		}
		const words = name.trim().split(/\s+/);
		return words.length === 1 ? { name: words[0]! } : { lastName: words.at(-1)!, firstName: words.slice(0, -1).join(' ') };
	});

	return {
		itemType,
		title: first('citation_title', 'DC.title', 'og:title') ?? documentTitle,
		creators,
		...(['webpage', 'blogPost', 'newspaperArticle'].includes(itemType) && { websiteTitle: first('og:site_name') }),
		date: first('citation_date', 'citation_cover_date', 'citation_publication_date', 'DC.date'),
		language: first('citation_language', 'DC.language') ?? lang,
		abstractNote: first('citation_abstract', 'og:description', 'DC.description', 'description'),
		url: first('citation_public_url', 'og:url', 'citation_fulltext_html_url') ?? canonical,
	};
}
