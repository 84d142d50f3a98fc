/**
 * The site's comparisons file (editorial/themes/passage-comparisons.ts writes it), and how a
 * passage's disclosure puts its themes' lists together, in the browser (theme-compare.ts). Pure,
 * and free of the build's modules, so the script that loads it stays small.
 */

/**
 * At most this many passages are offered per theme, a few from each other analysis in turn; the
 * theme page, linked, lists them all. (Listing every related passage grows with the collection: at
 * 3,000 analyses, thousands of links under every passage.)
 */
export const MAX_COMPARED = 6;

/**
 * A theme's list in the comparisons file, one for every analysis (themes.ts, `comparisons`): its
 * heading, its quotes (each where it leads, whose it is, and what the link to it shows: the address
 * is written once, the file being mostly links), and the link to the theme page for the rest.
 */
interface ThemeComparison {
	heading: string;
	items: Array<{ article: string; href: string; html: string }>;
	more?: string;
	/** The analyses offered every other analysis's passage on the theme: they get no link to the rest. */
	complete: string[];
}

/** The comparisons file: each theme's list, written once for the whole site, by theme. */
export type Comparisons = Record<string, ThemeComparison>;

/** What a theme's list offers one analysis's passages: the others' passages, at most MAX_COMPARED, and the link to the rest unless it has them all. */
export function offeredTo(list: ThemeComparison | undefined, article: string): { items: ThemeComparison['items']; more?: string } {
	if (!list) return { items: [] };
	const items = list.items.filter((item) => item.article !== article).slice(0, MAX_COMPARED);
	return list.more && !list.complete.includes(article) ? { items, more: list.more } : { items };
}

/**
 * What a passage's disclosure shows (theme-compare.ts), as HTML: its themes' lists in order, as
 * offered to its analysis, a passage listed under an earlier theme not again, a theme left with
 * nothing new and no link to the rest left out; nothing if no theme has a list.
 */
/** An address as an attribute's value: the file's are passage and theme-entry paths, but the HTML should not depend on it. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export function combinedComparisons(file: Comparisons, themeIds: readonly string[], article: string): string {
	const listed = new Set<string>();
	const parts = themeIds.flatMap((themeId) => {
		const { items, more } = offeredTo(file[themeId], article);
		const fresh = items.filter(({ href }) => !listed.has(href) && listed.add(href));
		if (fresh.length === 0 && !more) return [];
		return [file[themeId]!.heading, fresh.length > 0 ? `<ul class="compare-list">${fresh.map((i) => `<li><a href="${attribute(i.href)}">${i.html}</a></li>`).join('')}</ul>` : '', more ?? ''];
	});
	return parts.length > 0 ? `<div class="theme-compare">${parts.join('')}</div>` : '';
}
