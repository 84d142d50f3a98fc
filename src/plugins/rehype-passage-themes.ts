/**
 * After every passage that treats a theme: links to the theme (landing on the passage's entry on
 * the theme page) and, folded away, the passages of the other analyses on the same theme.
 * Plain links and <details>, so it all works without JavaScript.
 */
import path from 'node:path';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { relatedPassages, takeAcrossArticles, themeEntryId } from '../lib/themes.ts';
import { articleKey } from './rehype-passage-ids.ts';
import type { ThemeData } from './theme-data.ts';

/**
 * At most this many passages are listed per theme, a few from each analysis in turn; the theme
 * page, linked, lists them all. (Listing every related passage after every tagged passage grows
 * with the square of the collection: at 3,000 analyses, thousands of links per passage.)
 */
export const MAX_COMPARED = 6;

export interface RehypePassageThemesOptions {
	articlesDir: string;
	themes: ThemeData;
}

export default function rehypePassageThemes({ articlesDir, themes }: RehypePassageThemesOptions) {
	const { index, shortTitles, excerpts } = themes;
	const titleOf = new Map(index.themes.map((t) => [t.id, t.title]));
	return (tree: Root, file: VFile) => {
		if (!file.path || !path.resolve(file.path).startsWith(path.resolve(articlesDir) + path.sep)) return;
		const article = articleKey(file.path);
		const themesOf = index.byPassage[article] ?? {};
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
			const chips = h(
				'ul.theme-chips',
				{ ariaLabel: 'Themes of this passage' },
				themeIds.map((themeId) =>
					h('li', [h('a.theme-chip', { href: `/themes/${themeId}/#${themeEntryId({ article, id })}` }, [titleOf.get(themeId)!])]),
				),
			);
			const comparisons = themeIds.flatMap((themeId) => {
				const related = relatedPassages(index, themeId, article);
				if (related.length === 0) return [];
				return [
					h('p.compare-theme', [`${titleOf.get(themeId)} in the other analyses`]),
					h(
						'ul',
						takeAcrossArticles(related, MAX_COMPARED).map((ref) =>
							h('li', [
								h('a', { href: `/articles/${ref.article}/#${ref.id}` }, [
									h('span.compare-article', [shortTitles[ref.article] ?? ref.article]),
									` “${excerpts[ref.article]?.[ref.id] ?? ref.id}”`,
								]),
							]),
						),
					),
					...(related.length > MAX_COMPARED
						? [h('p', [h('a', { href: `/themes/${themeId}/` }, [`All ${related.length} passages on ${titleOf.get(themeId)}, side by side`])])]
						: []),
				];
			});
			const block = h('div.passage-themes', { dataPagefindIgnore: 'all' }, [
				chips,
				...(comparisons.length > 0
					? [h('details.theme-compare', [h('summary', ['Compare with the other analyses']), ...comparisons])]
					: []),
			]);
			const siblings = parent.children as Array<Root['children'][number]>;
			siblings.splice(siblings.indexOf(element) + 1, 0, block);
		}
	};
}
