/**
 * The citation styles researchers use, as the pages offer them. They are formatted at build time
 * by citeproc-js (format-citations.ts), in worker threads (citation-workers.ts), so that no page
 * ships the engine.
 */
export const CITATION_STYLES = [
	{ id: 'chicago', name: 'Chicago', title: 'Chicago Manual of Style, 18th edition (author-date)', file: 'chicago-author-date.csl' },
	{ id: 'apa', name: 'APA', title: 'APA Style, 7th edition', file: 'apa.csl' },
	{ id: 'mla', name: 'MLA', title: 'MLA Handbook, 9th edition', file: 'modern-language-association.csl' },
] as const;

/** The edition's own form, offered beside the styles (citation.ts formats it, not citeproc). */
export const EDITION_STYLE = { id: 'edition', name: 'Edition’s own', title: 'This edition’s own form' } as const;

export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface FormattedCitation {
	style: CitationStyle['id'];
	/** The reference-list entry, as citeproc's HTML (italics as `<i>`), without its wrapping div. */
	reference: string;
	/** The citation in the running text, such as "(Butyrska 2025)". */
	inText: string;
	/** The same for one passage, its number left to fill: "(Butyrska 2025, para. {paragraph})". */
	inTextPassage: string;
}
