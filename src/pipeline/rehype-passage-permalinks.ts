/**
 * Gives every passage (an element carrying `data-passage` and an id) its number in the margin, as
 * academic editions do: a plain link to the passage, so it works without JavaScript. The number is
 * the passage's place among the article's passages (list items with ids count), the one that
 * citations ("para. 11") and search labels ("¶ 11 · Section") give too.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export default function rehypePassagePermalinks() {
	return (tree: Root) => {
		let number = 0;
		visit(tree, 'element', (element) => {
			const { id, dataPassage } = element.properties;
			if (dataPassage === undefined || typeof id !== 'string') return;
			number += 1;
			element.children.unshift(
				h('a.passage-link', { href: `#${id}`, ariaLabel: `Link to paragraph ${number}` }, [String(number)]),
			);
		});
	};
}
