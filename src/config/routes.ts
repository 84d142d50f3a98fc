/**
 * Every URL the site builds, written once. A shipped URL never changes: new kinds of page get new
 * paths, and a list that grows past one page keeps its first page at the list's own URL.
 */

// The few that client scripts need stand alone, so that a bundle takes the string, not the table.
const SEARCH_PATH = '/search/';
export const PAGEFIND_SCRIPT = '/pagefind/pagefind.js';
/** Where the search finds which passages carry which filter values (see search/shared/passage-filters.ts). */
export const PASSAGE_FILTERS_PATH = '/pagefind/passage-filters.json';
/** What link previews show (reading/previews/preview-data.ts): an analysis's passages, beside its page, and the register's entries. */
export const passagePreviews = (slug: string) => `/articles/${slug}/passages.json`;
export const REGISTER_PREVIEWS_PATH = '/people/previews.json';
/** The synopsis's rows, for previews of links to them. */
export const QUESTION_PREVIEWS_PATH = '/compare/previews.json';
/** The synopsis's page; a question's row is a fragment of it. */
export const COMPARE_PATH = '/compare/';
/** The same themes' passages in the other analyses, one file for the site, fetched when a passage's themes disclosure first opens (editorial/themes/theme-compare.ts). */
export const COMPARISONS_PATH = '/themes/comparisons.json';
/** The theme a link to a theme page (or to an entry on it) leads to: a passage's disclosure knows its themes by its links (editorial/themes/theme-compare.ts). */
const THEMES_PATH = '/themes/';
export const themeOfLink = (href: string) => href.slice(THEMES_PATH.length).split('/')[0]!;
export const searchQuery = (query: string) => (query ? `${SEARCH_PATH}?q=${encodeURIComponent(query)}` : SEARCH_PATH);

/** How the timeline's ids for analyses begin; no event's may (editorial/timeline/events.ts). */
export const TIMELINE_ANALYSIS_PREFIX = 'written-';

/** A long list's page: the first at the list's URL, the rest numbered below it. */
const paged = (base: string, page = 1) => (page > 1 ? `${base}${page}/` : base);
/** A theme page, said once for the page and its fragments. */
const themePage = (id: string, page?: number) => paged(`${THEMES_PATH}${id}/`, page);

export const routes = {
	home: '/',
	analyses: '/#analyses',
	/** Every analysis, in pages past the first (src/pages/articles/[...page].astro). */
	analysesList: (page?: number) => (page && page > 1 ? `/articles/page/${page}/` : '/articles/'),
	article: (slug: string) => `/articles/${slug}/`,
	passage: (slug: string, id: string) => `/articles/${slug}/#${id}`,
	themes: THEMES_PATH,
	theme: themePage,
	/** An analysis's section on a theme page. */
	themeAnalysis: (id: string, article: string, page?: number) => `${themePage(id, page)}#${article}`,
	/** A tagged passage's entry on a theme page (see themeEntryId in editorial/themes/themes.ts). */
	themeEntry: (id: string, entryId: string, page?: number) => `${themePage(id, page)}#${entryId}`,
	register: '/people/',
	registerEntry: (slug: string, page?: number) => paged(`/people/${slug}/`, page),
	timeline: '/timeline/',
	/** An event on the timeline. */
	timelineEvent: (id: string) => `/timeline/#${id}`,
	/** An analysis's place on the timeline. */
	timelineAnalysis: (slug: string) => `/timeline/#${TIMELINE_ANALYSIS_PREFIX}${slug}`,
	/** An analysis's citation file (`ext`: bib, ris, csl.json; citation/exports.ts), or, without a slug, every analysis's. */
	citationFile: (ext: string, slug?: string) => (slug ? `/articles/${slug}/citation.${ext}` : `/citations.${ext}`),
	/** A link card (src/cards/), by its file name. */
	card: (file: string) => `/cards/${file}`,
	/** The synopsis: the analyses side by side, question by question. */
	compare: COMPARE_PATH,
	/** A question's row on the synopsis. */
	compareQuestion: (id: string) => `${COMPARE_PATH}#${id}`,
	/** Every editor's note, by analysis. */
	notes: '/notes/',
	search: SEARCH_PATH,
	searchQuery,
	feed: '/rss.xml',
	sitemap: '/sitemap.xml',
	favicon: '/favicon.svg',
	/** Pagefind's output, written by src/search/build/index-site.ts. */
	pagefindScript: PAGEFIND_SCRIPT,
	passageFilters: PASSAGE_FILTERS_PATH,
} as const;
