/**
 * Long lists of analyses, cut into pages so that no page grows with the collection: a theme's or
 * a register entry's passages, the list of all analyses. Short lists (the home page's) stop at
 * SHORT_LIST and link to the full one.
 */

/** Analyses on one page of a long list: at 3,000 analyses a theme page holds 50 of them in a few hundred KB. */
export const ANALYSES_PER_PAGE = 50;

/** Analyses a page shows before it links to the full list (the home page, the 404 page). */
export const SHORT_LIST = 12;

/** The pages a list of `count` analyses takes: [1] for a short list (and for an empty one). */
export const listPages = (count: number) => Array.from({ length: Math.max(1, Math.ceil(count / ANALYSES_PER_PAGE)) }, (_, i) => i + 1);

/** The items on page `page` (from 1) of a list. */
export const pageOf = <T>(items: readonly T[], page: number) => items.slice((page - 1) * ANALYSES_PER_PAGE, page * ANALYSES_PER_PAGE);

/** The page (from 1) on which the item at `index` (from 0) stands. */
export const pageAt = (index: number) => Math.floor(index / ANALYSES_PER_PAGE) + 1;
