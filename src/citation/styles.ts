/**
 * The citation styles researchers use, formatted at build time by citeproc-js (the engine Zotero
 * and Mendeley run) from the official CSL files in ./csl/, so that no page ships the engine.
 * Each item is formatted alone: citeproc would otherwise tell two unsigned 2025 items apart as
 * "2025a" and "2025b", which no single citation should carry.
 */
import CSL, { type Engine } from 'citeproc';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-author-date.csl?raw';
import localeEnUs from './csl/locales-en-US.xml?raw';
import mla from './csl/modern-language-association.csl?raw';
import type { CslItem } from './csl-item.ts';

export const CITATION_STYLES = [
	{ id: 'chicago', name: 'Chicago', title: 'Chicago Manual of Style, 18th edition (author-date)', csl: chicago },
	{ id: 'apa', name: 'APA', title: 'APA Style, 7th edition', csl: apa },
	{ id: 'mla', name: 'MLA', title: 'MLA Handbook, 9th edition', csl: mla },
] as const;

/** The edition's own form, offered beside the styles (citation.ts formats it, not citeproc). */
export const EDITION_STYLE = { id: 'edition', name: 'Edition’s own', title: 'This edition’s own form' } as const;

type CitationStyleId = (typeof CITATION_STYLES)[number]['id'];

interface FormattedCitation {
	style: CitationStyleId;
	/** The reference-list entry, as citeproc's HTML (italics as `<i>`), without its wrapping div. */
	reference: string;
	/** The citation in the running text, such as "(Butyrska 2025)". */
	inText: string;
	/** The same for one passage, its number left to fill: "(Butyrska 2025, para. {paragraph})". */
	inTextPassage: string;
}

/** A number no citation carries, formatted where a passage's number goes, then replaced. */
const LOCATOR = '99999';

/** One engine per style, reused: parsing a style costs more than formatting an item. */
const engines = new Map<CitationStyleId, { engine: Engine; items: Map<string, CslItem> }>();

function engineFor(style: (typeof CITATION_STYLES)[number]) {
	let entry = engines.get(style.id);
	if (!entry) {
		const items = new Map<string, CslItem>();
		const engine = new CSL.Engine({ retrieveLocale: () => localeEnUs, retrieveItem: (id) => items.get(id) }, style.csl);
		engine.setOutputFormat('html');
		entry = { engine, items };
		engines.set(style.id, entry);
	}
	return entry;
}

/** The item in every style: its reference-list entry and its in-text citation. */
export function formatCitations(item: CslItem): FormattedCitation[] {
	return CITATION_STYLES.map((style) => {
		const { engine, items } = engineFor(style);
		items.clear();
		items.set(item.id, item);
		engine.updateItems([item.id]);
		const [, [entry]] = engine.makeBibliography();
		const reference = /^\s*<div class="csl-entry">([\s\S]*)<\/div>\s*$/.exec(entry ?? '')?.[1];
		if (!reference) throw new Error(`citeproc gave no ${style.name} reference for ${item.id}: ${entry}`);
		const cite = (locator?: string) =>
			engine.previewCitationCluster({ citationItems: [{ id: item.id, ...(locator && { locator, label: 'paragraph' }) }], properties: { noteIndex: 0 } }, [], [], 'text');
		const inTextPassage = cite(LOCATOR);
		if (!inTextPassage.includes(LOCATOR)) throw new Error(`citeproc gave no ${style.name} locator for ${item.id}: ${inTextPassage}`);
		return { style: style.id, reference: reference.trim(), inText: cite(), inTextPassage: inTextPassage.replace(LOCATOR, '{paragraph}') };
	});
}
