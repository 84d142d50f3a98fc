/**
 * An item in every citation style, formatted by citeproc-js (the engine Zotero and Mendeley run)
 * from the official CSL files in ./csl/. Each item is formatted alone: citeproc would otherwise
 * tell two unsigned 2025 items apart as "2025a" and "2025b", which no single citation should
 * carry. Runs in the citation workers (citation-worker.ts), never in a page's bundle: it reads the
 * style files beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import CSL, { type Engine } from 'citeproc';
import type { CslItem } from './csl-item.ts';
import { CITATION_STYLES, type CitationStyle, type FormattedCitation } from './styles.ts';

const csl = (file: string) => readFileSync(path.join(import.meta.dirname, 'csl', file), 'utf8');

/** A number no citation carries, formatted where a passage's number goes, then replaced. */
const LOCATOR = '99999';

/** One engine per style, reused: parsing a style costs more than formatting an item. */
const engines = new Map<CitationStyle['id'], { engine: Engine; items: Map<string, CslItem> }>();

function engineFor(style: CitationStyle) {
	let entry = engines.get(style.id);
	if (!entry) {
		const items = new Map<string, CslItem>();
		const locale = csl('locales-en-US.xml');
		const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => items.get(id) }, csl(style.file));
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
