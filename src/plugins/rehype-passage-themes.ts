/**
 * After every passage that treats a theme: a disclosure naming its themes that holds links to them
 * (landing on the passage's entry on the theme page) and the marker where the article page puts
 * the passages of the other analyses on the same themes (lib/passage-comparisons.ts says why they
 * are not rendered here). Plain HTML, so it all works without JavaScript.
 */
import path from 'node:path';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { comparisonMarker } from '../lib/passage-comparisons.ts';
import { themeEntryId, type ThemeIndex } from '../lib/themes.ts';
import { articleKey } from './rehype-passage-ids.ts';

export interface RehypePassageThemesOptions {
	articlesDir: string;
	themeIndex: ThemeIndex;
}

export default function rehypePassageThemes({ articlesDir, themeIndex }: RehypePassageThemesOptions) {
	const titleOf = new Map(themeIndex.themes.map((t) => [t.id, t.title]));
	return (tree: Root, file: VFile) => {
		if (!file.path || !path.resolve(file.path).startsWith(path.resolve(articlesDir) + path.sep)) return;
		const article = articleKey(file.path);
		const themesOf = themeIndex.byPassage[article] ?? {};
		const parentOf = new Map<Element, Root | Element>();
		const mark = (parent: Root | Element) => {
			for (const child of parent.children) {
				if (child.type !== 'element') continue;
				parentOf.set(child, parent);
				mark(child);
			}
		};
		mark(tree);

		for (const [element, parent] of parentOf) {
			const id = element.properties.id;
			if (element.properties.dataPassage === undefined || typeof id !== 'string') continue;
			const themeIds = themesOf[id];
			if (!themeIds?.length) continue;
			// One disclosure per passage, so one tab stop: its summary names the themes (quietly, in
			// the margin where there is room); open, it links to them and compares (the marker).
			const titles = themeIds.map((themeId) => titleOf.get(themeId)!);
			const chips = h(
				'ul.theme-chips',
				{ ariaLabel: 'This paragraph on the theme pages' },
				themeIds.map((themeId, i) =>
					h('li', [h('a.theme-chip', { href: `/themes/${themeId}/#${themeEntryId({ article, id })}` }, [titles[i]!])]),
				),
			);
			const summary = h('summary', [h('span.visually-hidden', ['Themes of this paragraph: ']), titles.join(' · ')]);
			const block = h('div.passage-themes', { dataPagefindIgnore: 'all' }, [
				h('details.passage-notes', [summary, h('div.notes-panel', [chips, comparisonMarker(themeIds)])]),
			]);
			const siblings = parent.children as Array<Root['children'][number]>;
			siblings.splice(siblings.indexOf(element) + 1, 0, block);
		}
	};
}
