/**
 * Adds a "¶" permalink to every passage (an element carrying `data-passage` and an id). It is a
 * plain link, so it works without JavaScript; CSS shows it on hover and keyboard focus.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export default function rehypePassagePermalinks() {
	return (tree: Root) => {
		visit(tree, 'element', (element) => {
			const { id, dataPassage } = element.properties;
			if (dataPassage === undefined || typeof id !== 'string') return;
			element.children.unshift(
				h('a.passage-link', { href: `#${id}`, ariaLabel: 'Link to this paragraph', dataPagefindIgnore: '' }, ['¶']),
			);
		});
	};
}
