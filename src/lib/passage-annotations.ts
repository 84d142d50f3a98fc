/**
 * Puts the editorial layer into an article's rendered passages, on the page (data/annotations.ts),
 * never into the authors' words: a block after each annotated passage, and a link on the first
 * mention of each register entry. Elements marked `data-passage` (rehype-passage-ids) are the
 * passages.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { h } from 'hastscript';
import type { Mention } from './mentions.ts';

type Parent = Root | Element;

/** Each passage with its parent, in document order. */
function passages(tree: Root): Array<{ passage: Element; parent: Parent }> {
	const found: Array<{ passage: Element; parent: Parent }> = [];
	const walk = (parent: Parent) => {
		for (const child of parent.children) {
			if (child.type !== 'element') continue;
			if (child.properties.dataPassage !== undefined) found.push({ passage: child, parent });
			else walk(child);
		}
	};
	walk(tree);
	return found;
}

/** Inserts `blockFor(id)`, where it gives one, right after the passage with that id. */
export function insertAfterPassages(tree: Root, blockFor: (passageId: string) => Element | undefined): void {
	for (const { passage, parent } of passages(tree)) {
		const block = blockFor(String(passage.properties.id));
		if (!block) continue;
		const siblings = parent.children as RootContent[];
		siblings.splice(siblings.indexOf(passage) + 1, 0, block);
	}
}

export interface MentionLinks {
	/** The mentions in a run of the passage's text (lib/mentions.ts). */
	find: (text: string) => Mention[];
	/** The link for a mention of the entry. */
	link: (entry: string, words: string) => Element;
}

/**
 * Links the first mention of each entry in the article's passages, in document order. Only the
 * authors' text outside links is searched, and a mention stays whole inside one run of text: a
 * name split by markup is taken at its next plain mention. Returns the entries linked.
 */
export function linkFirstMentions(tree: Root, { find, link }: MentionLinks): Set<string> {
	const linked = new Set<string>();
	const inText = (parent: Element) => {
		parent.children = parent.children.flatMap((child): ElementContent[] => {
			if (child.type === 'element') {
				// Not inside a link (the ¶ permalink, a link of the author's) or a notice of ours.
				if (child.tagName !== 'a' && child.properties.dataPagefindIgnore === undefined) inText(child);
				return [child];
			}
			if (child.type !== 'text') return [child];
			return split(child, find(child.value).filter((m) => !linked.has(m.entry) && linked.add(m.entry)), link);
		});
	};
	for (const { passage } of passages(tree)) inText(passage);
	return linked;
}

/** A text node cut around its mentions, each mention a link. */
function split(node: Text, mentions: readonly Mention[], link: MentionLinks['link']): ElementContent[] {
	if (mentions.length === 0) return [node];
	const parts: ElementContent[] = [];
	let at = 0;
	for (const { entry, start, end } of mentions) {
		if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
		parts.push(link(entry, node.value.slice(start, end)));
		at = end;
	}
	if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
	return parts;
}

/** A quiet link from a mention to its register entry. */
export const mentionLink = (href: string, words: string) => h('a.mention', { href }, [words]);
