/**
 * The parameter that carries a search result's words to the page it opens, to be marked there
 * (`?pagefind-highlight=word`): written by the results (results.ts), read by the head's
 * first-paint script (layouts/Base.astro) and by the marks (marks.ts).
 */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
