/** Which elements of an article are passages, and what section each sits in. */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

/** Block elements that readers cite. A passage inside another (a paragraph in a quote) is not separate. */
const PASSAGE_TAGS = new Set(['p', 'li', 'blockquote']);
const HEADING_TAGS = new Set(['h2', 'h3', 'h4']);

interface FoundPassage {
	element: Element;
	text: string;
	/** The heading the passage falls under, if any. */
	section: { id: string; text: string } | null;
}

export function findPassages(tree: Root): FoundPassage[] {
	const found: FoundPassage[] = [];
	let section: FoundPassage['section'] = null;
	visit(tree, 'element', (element) => {
		if (HEADING_TAGS.has(element.tagName)) {
			section = { id: String(element.properties.id ?? ''), text: toString(element) };
			return SKIP;
		}
		if (!PASSAGE_TAGS.has(element.tagName)) return undefined;
		found.push({ element, text: toString(element), section });
		return SKIP;
	});
	return found;
}

/** Every id already present in the tree (headings, from rehype-slug). */
export function existingIds(tree: Root): Set<string> {
	const ids = new Set<string>();
	visit(tree, 'element', (element) => {
		if (element.properties.id) ids.add(String(element.properties.id));
	});
	return ids;
}
