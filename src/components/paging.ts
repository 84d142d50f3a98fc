/**
 * Long lists of analyses, cut into pages so that no page grows with the collection: a theme's or
 * a register entry's passages, the list of all analyses. Short lists (the home page's) stop at
 * SHORT_LIST and link to the full one.
 */
import { routes } from '../config/routes.ts';

/** Analyses on one page of a long list: at 3,000 analyses a theme page holds 50 of them in a few hundred KB. */
export const ANALYSES_PER_PAGE = 50;

/** Analyses a page shows before it links to the full list (the home page, the 404 page). */
export const SHORT_LIST = 12;

/** The pages a list of `count` analyses takes: [1] for a short list (and for an empty one). */
export const listPages = (count: number) => Array.from({ length: Math.max(1, Math.ceil(count / ANALYSES_PER_PAGE)) }, (_, i) => i + 1);

/** Pages a list's navigation links on each side of the current one (ListPages.astro). */
const NEIGHBOURS = 2;

/**
 * The pages a long list's navigation links from `page` (ListPages.astro): the first, the last, and
 * those within NEIGHBOURS of it, a gap (`null`) for each run left out; a gap never hides one page
 * alone. Linking all 60 pages of a register entry from each of them made the navigation grow with
 * the square of the archive.
 */
export function pageLinks(page: number, pages: number): Array<number | null> {
	const shown = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= NEIGHBOURS);
	return shown.flatMap((n, i) => {
		const previous = shown[i - 1] ?? n - 1;
		if (n - previous === 2) return [previous + 1, n];
		return n - previous > 2 ? [null, n] : [n];
	});
}

/**
 * Whether a long list quotes each analysis's passages, or cites them by number
 * (editorial/passage-numbers.ts): quoted while the list fits one page. Past that, a theme's or a
 * register entry's quotes in 3,000 analyses made 60 pages an entry, and most of the site's output.
 */
export const quotesPassages = (pages: number) => pages === 1;

/** The items on page `page` (from 1) of a list. */
export const pageOf = <T>(items: readonly T[], page: number) => items.slice((page - 1) * ANALYSES_PER_PAGE, page * ANALYSES_PER_PAGE);

/** The page (from 1) on which the item at `index` (from 0) stands. */
export const pageAt = (index: number) => Math.floor(index / ANALYSES_PER_PAGE) + 1;

/**
 * The pages of a list of `count` analyses whose page n is at `url(n)`, as a `[...page]` route's
 * getStaticPaths names them: the rest parameter is what follows page 1's URL (none on page 1), so
 * each page is built at the very address its links give.
 */
function listPaths(count: number, url: (page: number) => string) {
	const pages = listPages(count);
	const first = url(1);
	return pages.map((page) => {
		const at = url(page);
		if (page > 1 && !(at.startsWith(first) && at.endsWith('/'))) throw new Error(`Page ${page} of a list at ${first} is at ${at}, not below it`);
		return { page: page > 1 ? at.slice(first.length, -1) : undefined, props: { page, pages: pages.length } };
	});
}

/** getStaticPaths of src/pages/articles/[...page].astro: every analysis. */
export const analysesListPaths = (count: number) => listPaths(count, routes.analysesList).map(({ page, props }) => ({ params: { page }, props }));

/** getStaticPaths of src/pages/themes/[id]/[...page].astro: each theme lists every analysis. */
export const themeListPaths = <T extends { id: string }>(themes: readonly T[], count: number) =>
	themes.flatMap((theme) => listPaths(count, (page) => routes.theme(theme.id, page)).map(({ page, props }) => ({ params: { id: theme.id, page }, props: { theme, ...props } })));

/** getStaticPaths of src/pages/people/[slug]/[...page].astro: each entry lists the analyses that mention it. */
export const registerEntryPaths = <T extends { id: string }>(entries: readonly T[], count: (entry: T) => number) =>
	entries.flatMap((entry) =>
		listPaths(count(entry), (page) => routes.registerEntry(entry.id, page)).map(({ page, props }) => ({ params: { slug: entry.id, page }, props: { entry, ...props } })),
	);
