/**
 * An analysis's comparisons file (editorial/themes/passage-comparisons.ts writes it), and how a
 * passage's disclosure puts its themes' lists together, in the browser (theme-compare.ts). Pure,
 * and free of the build's modules, so the script that loads it stays small.
 */
/**
 * A theme's list in an analysis's comparisons file: its heading, its quotes (each where it leads,
 * and what the link to it shows: the address is written once, the file being mostly links) and
 * the link to the theme page for the rest.
 */
export interface ThemeComparison {
	heading: string;
	items: Array<{ href: string; html: string }>;
	more?: string;
}

/** An analysis's comparisons file: its passages' themes' lists, each written once, by theme. */
export type Comparisons = Record<string, ThemeComparison>;

/**
 * What a passage's disclosure shows (theme-compare.ts), as HTML: its themes' lists in order, a
 * passage listed under an earlier theme not again, a theme left with nothing new and no link to
 * the rest left out; nothing if no theme has a list.
 */
export function combinedComparisons(file: Comparisons, themeIds: readonly string[]): string {
	const listed = new Set<string>();
	const parts = themeIds.flatMap((themeId) => {
		const list = file[themeId];
		if (!list) return [];
		const fresh = list.items.filter(({ href }) => !listed.has(href) && listed.add(href));
		if (fresh.length === 0 && !list.more) return [];
		return [list.heading, fresh.length > 0 ? `<ul class="compare-list">${fresh.map((i) => `<li><a href="${i.href}">${i.html}</a></li>`).join('')}</ul>` : '', list.more ?? ''];
	});
	return parts.length > 0 ? `<div class="theme-compare">${parts.join('')}</div>` : '';
}
